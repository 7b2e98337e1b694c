import type { Message } from '../../api';
import { chinaDayOf } from '../../domain/service';

/** One row of the virtualised thread: a day separator or a message, with whether it opens an author's run. */
export type ThreadRow =
  | { type: 'day'; key: string; dayStart: number }
  | { type: 'message'; key: string; message: Message; startsGroup: boolean };

// A pause this long starts a new group even when the same person keeps writing, so the time shows again.
const GROUP_GAP_MS = 5 * 60_000;

const sameRun = (previous: Message, next: Message) =>
  previous.author === next.author &&
  previous.authorId === next.authorId &&
  previous.internal === next.internal &&
  Date.parse(next.createdAt) - Date.parse(previous.createdAt) < GROUP_GAP_MS;

/**
 * Messages (oldest first) into rows: a separator before each China day (the service day the agents work in),
 * and consecutive messages by the same author grouped so the name and time show once per run.
 */
export function threadRows(messages: readonly Message[]): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let previous: Message | null = null;
  for (const message of messages) {
    const dayStart = chinaDayOf(Date.parse(message.createdAt)).from;
    const newDay = !previous || chinaDayOf(Date.parse(previous.createdAt)).from !== dayStart;
    if (newDay) rows.push({ type: 'day', key: `day-${dayStart}`, dayStart });
    const startsGroup = newDay || !previous || !sameRun(previous, message) || message.author === 'system';
    rows.push({ type: 'message', key: message.id, message, startsGroup });
    previous = message;
  }
  return rows;
}
