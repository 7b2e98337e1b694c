import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Conversation } from '../../api';
import { applyConversationChange, belongsIn, type InboxPages, type InboxQueryFilter } from './inboxCache';

const COUNTS_REFRESH_MS = 5_000;

const filterOf = (key: QueryKey): InboxQueryFilter => {
  const params = key[2];
  return params !== null && typeof params === 'object' && 'filter' in params
    ? (params.filter as InboxQueryFilter)
    : {};
};

/**
 * Puts a changed conversation (an event, or the answer to an action) into every cached copy: the
 * open conversation, each loaded inbox list, and — at most every few seconds — the view counts.
 */
export function useConversationCache(userId: string | null) {
  const queryClient = useQueryClient();
  const countsRefreshedAt = useRef(0);

  return useCallback(
    (conversation: Conversation) => {
      queryClient.setQueriesData<Conversation>(
        { queryKey: ['conversations', 'getOne', { id: conversation.id }] },
        (old) => (old ? conversation : old),
      );
      const now = Date.now();
      for (const [key, pages] of queryClient.getQueriesData<InboxPages>({
        queryKey: ['conversations', 'getInfiniteList'],
      })) {
        if (!pages) continue;
        const next = applyConversationChange(
          pages,
          conversation,
          belongsIn(conversation, filterOf(key), userId, now),
        );
        if (next) queryClient.setQueryData(key, next);
        else void queryClient.invalidateQueries({ queryKey: key, exact: true });
      }
      if (now - countsRefreshedAt.current > COUNTS_REFRESH_MS) {
        countsRefreshedAt.current = now;
        void queryClient.invalidateQueries({ queryKey: ['conversations', 'getList'] });
      }
    },
    [queryClient, userId],
  );
}
