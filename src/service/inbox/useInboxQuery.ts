import { useInfiniteGetList } from 'react-admin';
import type { Conversation } from '../../api';
import { flattenPages } from './inboxCache';
import { conversationFilter, type InboxFilters } from './inboxFilters';

export const INBOX_PAGE_SIZE = 50;

/** The inbox's conversations, newest message first, paged by the platform as the list scrolls. */
export function useInboxQuery(filters: InboxFilters) {
  const query = useInfiniteGetList<Conversation>('conversations', {
    pagination: { page: 1, perPage: INBOX_PAGE_SIZE },
    sort: { field: 'lastMessageAt', order: 'DESC' },
    filter: conversationFilter(filters),
  });
  return {
    rows: flattenPages(query.data),
    total: query.data?.pages[0]?.total ?? 0,
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: query.fetchNextPage,
  };
}

export type InboxQuery = ReturnType<typeof useInboxQuery>;
