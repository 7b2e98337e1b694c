import type { Conversation, Message } from '../../../../src/api';
import { previewOf } from '../../../lib/conversationUpdates';

export type ConversationState = Pick<
  Conversation,
  'createdAt' | 'lastMessageAt' | 'lastMessageAuthor' | 'lastMessagePreview' | 'waitingSince' | 'unreadCount'
>;

/**
 * What a conversation shows of its messages, the way the platform keeps it as they arrive
 * (mocks/lib/conversationUpdates.ts): the last message buyers see, the first buyer message no human
 * has answered since, and how many buyer messages wait unread. Notes never count; auto-replies
 * are seen by the buyer but answer nothing.
 */
export function stateOf(messages: Message[]): ConversationState {
  const visible = messages.filter((message) => !message.internal);
  const last = visible[visible.length - 1];
  let lastHumanReply = -1;
  visible.forEach((message, index) => {
    if (message.author === 'agent') lastHumanReply = index;
  });
  const unanswered = visible.slice(lastHumanReply + 1).filter((message) => message.author === 'buyer');
  return {
    createdAt: messages[0].createdAt,
    lastMessageAt: last.createdAt,
    lastMessageAuthor: last.author,
    lastMessagePreview: previewOf(last),
    waitingSince: unanswered[0]?.createdAt ?? null,
    unreadCount: unanswered.length,
  };
}
