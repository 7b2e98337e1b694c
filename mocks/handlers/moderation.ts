import { http } from 'msw';
import { decisionRequestSchema, moderationItemSchema, type ModerationItem } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { decide } from '../lib/decide';
import { listRecords, type ListOptions } from '../lib/listQuery';
import { badRequest, conflict, notFound, problem } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';

const listOptions: ListOptions<ModerationItem> = {
  fields: moderationItemSchema.keyof().options,
  searchFields: ['subjectTitle'],
};

const HOUR_MS = 3_600_000;

/** `olderThanHours=N`: submitted more than N hours ago, the items a moderator should not let wait. */
function olderThan(rows: readonly ModerationItem[], raw: string | null): ModerationItem[] {
  if (raw === null || raw === '') return [...rows];
  const hours = Number(raw);
  if (raw.trim() === '' || Number.isNaN(hours))
    throw badRequest('"olderThanHours" must be a number.', { olderThanHours: 'validation.number' });
  const before = Date.now() - hours * HOUR_MS;
  return rows.filter((item) => Date.parse(item.createdAt) < before);
}

const findItem = (id: string): ModerationItem => {
  const item = db.moderationItems.find(id);
  if (!item) throw notFound('moderation item');
  return item;
};

export const moderationHandlers = [
  http.get(
    apiPath('/moderation'),
    route('moderation', 'list', ({ url }) => {
      const params = new URLSearchParams(url.searchParams);
      // The queue is what waits, oldest first; `status=` (empty) asks for every status.
      if (!params.has('status')) params.set('status', 'pending');
      if (!params.has('sort')) params.set('sort', 'createdAt');
      const rows = olderThan(db.moderationItems.all(), params.get('olderThanHours'));
      params.delete('olderThanHours');
      return json(listRecords(rows, params, listOptions));
    }),
  ),
  http.get(
    apiPath('/moderation/:id'),
    route('moderation', 'show', ({ params }) => json(findItem(params.id))),
  ),
  http.post(
    apiPath('/moderation/:id/decision'),
    route('moderation', 'edit', async ({ caller, params, request }) => {
      const item = findItem(params.id);
      const decision = await parseBody(request, decisionRequestSchema);
      // Before the version: whoever comes second learns the item was decided, not just "changed".
      if (item.status !== 'pending')
        throw problem(409, 'moderation.errors.already_decided', 'Someone already decided this item.', {
          current: item,
        });
      if (decision.version !== item.version) throw conflict(item);
      return json(decide(item, decision, caller.user));
    }),
  ),
  http.post(apiPath('/moderation'), unsupportedRoute('moderation', 'create')),
  http.delete(apiPath('/moderation/:id'), unsupportedRoute('moderation', 'delete')),
];
