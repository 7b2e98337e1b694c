import { http } from 'msw';
import { z } from 'zod';
import type { Message, ReplyLogEntry, ServiceAgent } from '../../src/api';
import { db } from '../db/store';
import { parseWith } from '../lib/body';
import { serviceStaffOf } from '../lib/conversationAssignment';
import { validationFailed } from '../lib/problem';
import { apiPath, json, route } from '../lib/route';
import { brandScopeOf } from '../lib/scope';
import { openServiceEventStream } from '../lib/serviceEventStream';

const periodSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});

const toLogEntry = ({ conversationId, createdAt, author, authorId, internal }: Message): ReplyLogEntry => ({
  conversationId,
  at: createdAt,
  author,
  authorId,
  internal,
});

export const serviceEventHandlers = [
  http.get(
    apiPath('/service/events'),
    route('conversations', 'list', ({ caller, request }) => openServiceEventStream(caller, request.signal)),
  ),
  http.get(
    apiPath('/service/reply-log'),
    route('conversations', 'list', ({ caller, url }) => {
      const period = parseWith(periodSchema, Object.fromEntries(url.searchParams));
      const from = Date.parse(period.from);
      const to = Date.parse(period.to);
      if (from > to) throw validationFailed({ to: 'conversations.period_reversed' });
      const brandId = brandScopeOf(caller);
      const data = db.messages
        .all()
        .filter((message) => {
          const at = Date.parse(message.createdAt);
          return message.brandId === brandId && at >= from && at <= to;
        })
        .map(toLogEntry)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      return json({ data });
    }),
  ),
  http.get(
    apiPath('/service/agents'),
    route('conversations', 'list', ({ caller }) => {
      const agents: ServiceAgent[] = serviceStaffOf(caller.user.brandId ?? 'no-brand').map(
        ({ id, name, role }) => ({
          id,
          name,
          role: role === 'brand_admin' ? 'brand_admin' : 'cs_agent',
        }),
      );
      return json(agents);
    }),
  ),
];
