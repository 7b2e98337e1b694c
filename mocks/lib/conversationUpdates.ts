import type { Conversation, Message } from '../../src/api';

const PREVIEW_LENGTH = 120;

/** What the inbox shows of a message: its text cut short, or a tag for cards that have none. */
export function previewOf(message: Message): string {
  if (message.kind === 'image') return message.body || '[图片 / image]';
  if (message.kind === 'product') return `[商品 / product] ${message.product?.name ?? ''}`.trim();
  if (message.kind === 'order') return `[订单 / order] ${message.order?.number ?? ''}`.trim();
  const text = message.body.replace(/\s+/g, ' ').trim();
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/**
 * How one new message changes its conversation. The rules live here once, for the reply handler,
 * the demo buyers and the simulator alike. None of it bumps `version`: only staff decisions do
 * (see the contract), so a buyer writing never turns an agent's "take" into a conflict.
 */
export function afterMessage(conversation: Conversation, message: Message): Conversation {
  // Notes and system lines are for staff: the buyer's view of the conversation does not change.
  if (message.internal) return conversation;
  const lastMessage = {
    lastMessageAt: message.createdAt,
    lastMessageAuthor: message.author,
    lastMessagePreview: previewOf(message),
  };
  if (message.author === 'buyer') {
    return {
      ...conversation,
      ...lastMessage,
      unreadCount: conversation.unreadCount + 1,
      // The clock runs from the first unanswered message, not the latest one.
      waitingSince: conversation.waitingSince ?? message.createdAt,
      // A buyer writing again reopens whatever state staff left it in.
      status: 'open',
      snoozedUntil: null,
    };
  }
  if (message.author === 'agent') {
    return {
      ...conversation,
      ...lastMessage,
      waitingSince: null,
      // "Pending" means waiting on the brand, which a reply answers; resolved or snoozed stay as set.
      status: conversation.status === 'pending' ? 'open' : conversation.status,
    };
  }
  // Auto-replies are seen by the buyer but are no human answer: the clock keeps running.
  return { ...conversation, ...lastMessage };
}
