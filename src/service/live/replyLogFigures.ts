import type { Message, ReplyLogEntry } from '../../api';
import { replyFigures, type ReplyFigures, type ServiceMessage } from '../../domain/service';

/** A reply-log entry as the figures see it; system lines measure nothing. */
export function toServiceMessage(entry: ReplyLogEntry): ServiceMessage | null {
  const at = Date.parse(entry.at);
  switch (entry.author) {
    case 'buyer':
      return { at, from: 'buyer' };
    case 'agent':
      return { at, from: 'merchant', agentId: entry.authorId ?? undefined, internal: entry.internal };
    case 'auto':
      return { at, from: 'merchant', auto: true, internal: entry.internal };
    case 'system':
      return null;
  }
}

export const logEntryOf = (message: Message): ReplyLogEntry => ({
  conversationId: message.conversationId,
  at: message.createdAt,
  author: message.author,
  authorId: message.authorId,
  internal: message.internal,
});

/** Today's figures for the team and for one agent, from the day's log entries. */
export function figuresFromLog(
  entries: readonly ReplyLogEntry[],
  day: { from: number; to: number },
  agentId: string | null,
  now: number,
  assignees: Readonly<Record<string, string | null>> = {},
): { team: ReplyFigures; mine: ReplyFigures | null } {
  const byConversation = new Map<string, ServiceMessage[]>();
  for (const entry of entries) {
    const message = toServiceMessage(entry);
    if (!message) continue;
    const list = byConversation.get(entry.conversationId) ?? [];
    list.push(message);
    byConversation.set(entry.conversationId, list);
  }
  const conversations = [...byConversation].map(([conversationId, messages]) => ({
    messages,
    assigneeId: assignees[conversationId] ?? null,
  }));
  return {
    team: replyFigures(conversations, day, now),
    mine: agentId ? replyFigures(conversations, { ...day, agentId }, now) : null,
  };
}
