import type { Conversation, Message } from '../../src/api';
import { db } from '../db/store';
import { afterMessage } from './conversationUpdates';

/** A message as its sender makes it; the platform adds the id, the brand and the time. */
export type MessageDraft = Pick<Message, 'author' | 'authorId' | 'authorName' | 'body'> &
  Partial<Pick<Message, 'kind' | 'internal' | 'imageUrl' | 'product' | 'order' | 'idempotencyKey'>>;

export interface Written {
  message: Message;
  conversation: Conversation;
}

/**
 * Stores a message and what it changes in its conversation. The message is saved first, so the
 * event stream tells of it before the conversation it updates, as a client reading in order expects.
 * `staffChanges` are decisions taken with the message (a reply that takes an unassigned conversation).
 */
export function writeMessage(
  conversation: Conversation,
  draft: MessageDraft,
  staffChanges: Partial<Conversation> = {},
): Written {
  const message = db.messages.insert({
    kind: 'text',
    internal: false,
    imageUrl: null,
    product: null,
    order: null,
    idempotencyKey: null,
    ...draft,
    id: `msg-${crypto.randomUUID()}`,
    conversationId: conversation.id,
    brandId: conversation.brandId,
    createdAt: new Date().toISOString(),
  });
  const decided = Object.keys(staffChanges).length > 0 ? { ...conversation, ...staffChanges } : conversation;
  const next = afterMessage(decided, message);
  return { message, conversation: next === conversation ? conversation : db.conversations.save(next) };
}

/** A staff-only line in the thread saying who did what ("林佳怡 took the conversation"). */
export const writeSystemLine = (
  conversation: Conversation,
  body: string,
  staffChanges: Partial<Conversation>,
) =>
  writeMessage(
    conversation,
    { author: 'system', authorId: null, authorName: 'RED', body, internal: true },
    staffChanges,
  );

/** The conversation's messages, oldest first; the collection keeps insertion order for equal times. */
export function messagesOf(conversationId: string): Message[] {
  const rows = db.messages.all().filter((message) => message.conversationId === conversationId);
  // A stable sort keeps insertion order for messages written in the same millisecond.
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
