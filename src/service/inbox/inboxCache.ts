import type { InfiniteData } from '@tanstack/react-query';
import type { GetInfiniteListResult } from 'react-admin';
import type { Conversation, ConversationStatus, InboxView } from '../../api';
import { replyCountdown } from '../../domain/service';

export type InboxPages = InfiniteData<GetInfiniteListResult<Conversation>>;

export interface InboxQueryFilter {
  view?: InboxView;
  status?: ConversationStatus[];
  q?: string;
}

/**
 * Whether a conversation belongs in a list with this filter, as far as the console can tell: a
 * search (`q` also matches order numbers the console does not hold) is the platform's to answer.
 */
export function belongsIn(
  conversation: Conversation,
  filter: InboxQueryFilter,
  userId: string | null,
  now: number,
): boolean | 'unknown' {
  if (filter.status && !filter.status.includes(conversation.status)) return false;
  if (filter.view === 'mine' && conversation.assigneeId !== userId) return false;
  if (filter.view === 'unassigned' && conversation.assigneeId !== null) return false;
  if (filter.view === 'breaching') {
    if (!conversation.waitingSince) return false;
    const { state } = replyCountdown(Date.parse(conversation.waitingSince), now);
    if (state !== 'urgent' && state !== 'breached') return false;
  }
  return filter.q ? 'unknown' : true;
}

const newerFirst = (a: Conversation, b: Conversation) => b.lastMessageAt.localeCompare(a.lastMessageAt);

/**
 * The loaded pages with one conversation's change applied: updated in place and kept in
 * last-message order, dropped when it left the list, or added on top when it joined it.
 * Answers `null` when only the platform can say (the caller refetches).
 */
export function applyConversationChange(
  pages: InboxPages,
  conversation: Conversation,
  belongs: boolean | 'unknown',
): InboxPages | null {
  const previous = pages.pages.flatMap((page) => page.data).find((row) => row.id === conversation.id);
  const loaded = previous !== undefined;
  if (belongs === 'unknown' && !loaded) return null;
  const keep = belongs !== false;
  if (!loaded && !keep) return pages;
  if (keep && previous?.lastMessageAt === conversation.lastMessageAt) {
    // Nothing new was said: it keeps its place (an assignment does not reorder the inbox).
    return {
      ...pages,
      pages: pages.pages.map((page) => ({
        ...page,
        data: page.data.map((row) => (row.id === conversation.id ? conversation : row)),
      })),
    };
  }
  const totalChange = loaded === keep ? 0 : keep ? 1 : -1;
  const without = pages.pages.map((page) => page.data.filter((row) => row.id !== conversation.id));
  const first = without[0] ?? [];
  // A conversation that moves (a new message) goes to its place among the first page's rows; the
  // rows further down are older than anything that changes now.
  const placed = keep ? [...first, conversation].sort(newerFirst) : first;
  const data = [placed, ...without.slice(1)];
  return {
    ...pages,
    pages: pages.pages.map((page, index) => ({
      ...page,
      data: data[index] ?? [],
      total: page.total === undefined ? undefined : Math.max(0, page.total + totalChange),
    })),
  };
}

/** Every loaded conversation once, in order (a row that moved between pages may be in two). */
export function flattenPages(pages: InboxPages | undefined): Conversation[] {
  if (!pages) return [];
  const seen = new Set<string>();
  const rows: Conversation[] = [];
  for (const page of pages.pages) {
    for (const row of page.data) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      rows.push(row);
    }
  }
  return rows;
}
