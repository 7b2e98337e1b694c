import { http } from 'msw';
import {
  quickReplyCreateSchema,
  quickReplySchema,
  quickReplyUpdateSchema,
  type QuickReply,
} from '../../src/api';
import { db } from '../db/store';
import { parseBody, parseChanges } from '../lib/body';
import { copyChanged, refuseBlockedCopy } from '../lib/copyClaims';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { conflict } from '../lib/problem';
import { apiPath, json, noContent, route } from '../lib/route';
import { findWithinScope, withinScope } from '../lib/scope';
import type { Caller } from '../lib/sessions';

const listOptions: ListOptions<QuickReply> = {
  fields: quickReplySchema.keyof().options,
  searchFields: ['title', 'body'],
};

// Templates are sent to buyers, so they are checked as replies; {buyerName} and friends stay in.
const claimFields = { body: 'service_reply' } as const;

const brandOf = (row: QuickReply) => row.brandId;
const findQuickReply = (caller: Caller, id: string) =>
  findWithinScope(caller, db.quickReplies, id, brandOf, 'quick reply');

export const quickReplyHandlers = [
  http.get(
    apiPath('/quick-replies'),
    route('quick-replies', 'list', ({ caller, url }) =>
      json(listRecords(withinScope(caller, db.quickReplies.all(), brandOf), url.searchParams, listOptions)),
    ),
  ),
  http.get(
    apiPath('/quick-replies/:id'),
    route('quick-replies', 'show', ({ caller, params }) => json(findQuickReply(caller, params.id))),
  ),
  http.post(
    apiPath('/quick-replies'),
    route('quick-replies', 'create', async ({ caller, request }) => {
      const fields = await parseBody(request, quickReplyCreateSchema);
      refuseBlockedCopy(fields, claimFields);
      const now = new Date().toISOString();
      const created = db.quickReplies.insert({
        ...fields,
        id: `qr-${crypto.randomUUID()}`,
        version: 1,
        createdAt: now,
        updatedAt: now,
        brandId: caller.user.brandId ?? 'no-brand',
        createdByName: caller.user.name,
      });
      return json(created, 201);
    }),
  ),
  http.patch(
    apiPath('/quick-replies/:id'),
    route('quick-replies', 'edit', async ({ caller, params, request }) => {
      const stored = findQuickReply(caller, params.id);
      const { version, ...changes } = await parseChanges(
        request,
        quickReplyUpdateSchema.partial().required({ version: true }),
      );
      if (version !== stored.version) throw conflict(stored);
      const merged: QuickReply = {
        ...stored,
        ...changes,
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      };
      if (copyChanged(stored, changes, claimFields)) refuseBlockedCopy(merged, claimFields);
      return json(db.quickReplies.save(merged));
    }),
  ),
  http.delete(
    apiPath('/quick-replies/:id'),
    route('quick-replies', 'delete', ({ caller, params }) => {
      db.quickReplies.remove(findQuickReply(caller, params.id).id);
      return noContent();
    }),
  ),
];
