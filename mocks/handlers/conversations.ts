import { http } from 'msw';
import { assignRequestSchema, statusRequestSchema } from '../../src/api';
import { db } from '../db/store';
import { parseBody } from '../lib/body';
import { assignConversation } from '../lib/conversationAssignment';
import { findConversation, listConversations } from '../lib/conversationQueries';
import { conflict, validationFailed } from '../lib/problem';
import { apiPath, json, route, unsupportedRoute } from '../lib/route';

/** A snooze ends in the future, or it would wake at once. */
function snoozeEnd(snoozedUntil: string | null): string | null {
  if (snoozedUntil === null) return null;
  const at = Date.parse(snoozedUntil);
  if (Number.isNaN(at)) throw validationFailed({ snoozedUntil: 'validation.invalid' });
  if (at <= Date.now()) throw validationFailed({ snoozedUntil: 'conversations.snooze_in_past' });
  return new Date(at).toISOString();
}

export const conversationHandlers = [
  http.get(
    apiPath('/conversations'),
    route('conversations', 'list', ({ caller, url }) => json(listConversations(caller, url.searchParams))),
  ),
  http.get(
    apiPath('/conversations/:id'),
    route('conversations', 'show', ({ caller, params }) => json(findConversation(caller, params.id))),
  ),
  http.post(
    apiPath('/conversations/:id/assign'),
    route('conversations', 'edit', async ({ caller, params, request }) => {
      const stored = findConversation(caller, params.id);
      const { version, assigneeId } = await parseBody(request, assignRequestSchema);
      if (version !== stored.version) throw conflict(stored);
      return json(assignConversation(stored, assigneeId, caller.user).conversation);
    }),
  ),
  http.post(
    apiPath('/conversations/:id/status'),
    route('conversations', 'edit', async ({ caller, params, request }) => {
      const stored = findConversation(caller, params.id);
      const { version, status, snoozedUntil } = await parseBody(request, statusRequestSchema);
      if (version !== stored.version) throw conflict(stored);
      const updated = db.conversations.save({
        ...stored,
        status,
        snoozedUntil: status === 'snoozed' ? snoozeEnd(snoozedUntil) : null,
        version: stored.version + 1,
        updatedAt: new Date().toISOString(),
      });
      return json(updated);
    }),
  ),
  http.post(
    apiPath('/conversations/:id/read'),
    route('conversations', 'edit', ({ caller, params }) => {
      const stored = findConversation(caller, params.id);
      // Reading is no decision about the conversation: no new version, so nobody's next save conflicts.
      if (stored.unreadCount === 0) return json(stored);
      return json(db.conversations.save({ ...stored, unreadCount: 0 }));
    }),
  ),
  // Conversations begin when buyers write; the console never creates or deletes one.
  http.post(apiPath('/conversations'), unsupportedRoute('conversations', 'create')),
  http.delete(apiPath('/conversations/:id'), unsupportedRoute('conversations', 'delete')),
];
