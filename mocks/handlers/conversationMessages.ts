import { http } from 'msw';
import { z } from 'zod';
import { messageCreateSchema, type Conversation, type Message, type MessagePage } from '../../src/api';
import { fieldErrors, parseBody } from '../lib/body';
import { assignConversation } from '../lib/conversationAssignment';
import { findConversation } from '../lib/conversationQueries';
import { refuseBlockedCopy } from '../lib/copyClaims';
import { orderCardFor, productCardFor } from '../lib/messageCards';
import { messagesOf, writeMessage } from '../lib/messageWriter';
import { badRequest, problem } from '../lib/problem';
import { apiPath, json, route } from '../lib/route';
import type { Caller } from '../lib/sessions';

const pageQuerySchema = z.object({
  before: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

/** The newest `limit` messages before `before` (or the newest of all), answered oldest first. */
function pageOf(conversationId: string, search: URLSearchParams): MessagePage {
  const query = pageQuerySchema.safeParse(Object.fromEntries(search));
  if (!query.success) throw badRequest('The paging parameters are not valid.', fieldErrors(query.error));
  const { before, limit } = query.data;
  const all = messagesOf(conversationId);
  const end = before === undefined ? all.length : all.findIndex((message) => message.id === before);
  if (end < 0)
    throw badRequest('No message of this conversation has that id.', { before: 'validation.invalid' });
  const start = Math.max(0, end - limit);
  return { data: all.slice(start, end), total: all.length, hasMore: start > 0 };
}

function idempotencyKeyOf(request: Request): string {
  const key = request.headers.get('Idempotency-Key')?.trim() ?? '';
  if (!key || key.length > 200)
    throw badRequest('Send the reply with an Idempotency-Key header (up to 200 characters).', {
      idempotencyKey: 'validation.required',
    });
  return key;
}

const sentWithKey = (conversationId: string, key: string): Message | undefined =>
  messagesOf(conversationId).find((message) => message.idempotencyKey === key);

/**
 * Buyers read replies, not notes: only the assignee answers them, and a reply to an unassigned
 * conversation takes it first (the thread records who did). Anyone on the team may leave a note.
 */
function replierHolds(conversation: Conversation, caller: Caller): Conversation {
  if (conversation.assigneeId === null)
    return assignConversation(conversation, caller.user.id, caller.user).conversation;
  if (conversation.assigneeId !== caller.user.id)
    throw problem(
      403,
      'conversations.not_assignee',
      `${conversation.assigneeName ?? 'A teammate'} holds this conversation: take it over to reply.`,
    );
  return conversation;
}

export const conversationMessageHandlers = [
  http.get(
    apiPath('/conversations/:id/messages'),
    route('conversations', 'show', ({ caller, params, url }) =>
      json(pageOf(findConversation(caller, params.id).id, url.searchParams)),
    ),
  ),
  http.post(
    apiPath('/conversations/:id/messages'),
    route('conversations', 'edit', async ({ caller, params, request }) => {
      const stored = findConversation(caller, params.id);
      const key = idempotencyKeyOf(request);
      // A retry of a reply whose answer was lost: the same message, and no second one.
      const earlier = sentWithKey(stored.id, key);
      if (earlier) return json(earlier, 200);

      const draft = await parseBody(request, messageCreateSchema);
      if (!draft.internal && draft.body) refuseBlockedCopy({ body: draft.body }, { body: 'service_reply' });
      const product = draft.kind === 'product' ? productCardFor(stored, draft.productId ?? '') : null;
      const order = draft.kind === 'order' ? orderCardFor(stored, draft.orderId ?? '') : null;
      const conversation = draft.internal ? stored : replierHolds(stored, caller);

      const { message } = writeMessage(conversation, {
        author: 'agent',
        authorId: caller.user.id,
        authorName: caller.user.name,
        kind: draft.kind,
        body: draft.body,
        internal: draft.internal,
        product,
        order,
        idempotencyKey: key,
      });
      return json(message, 201);
    }),
  ),
];
