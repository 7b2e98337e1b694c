import { useCallback, useMemo } from 'react';
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { Message, MessagePage } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { useOnReconnect, useServiceEvent } from '../live';

export const MESSAGE_PAGE_SIZE = 100;

const signedOutPage: MessagePage = { data: [], total: 0, hasMore: false };

export const threadQueryKey = (conversationId: string) =>
  ['conversations', conversationId, 'messages'] as const;

type Pages = InfiniteData<MessagePage, string | null>;

/** Adds a live message to the newest page unless it is already there (the event may repeat a fetched one). */
export function appendMessage(data: Pages | undefined, message: Message): Pages | undefined {
  if (!data || data.pages.some((page) => page.data.some((known) => known.id === message.id))) return data;
  const last = data.pages.length - 1;
  return {
    ...data,
    pages: data.pages.map((page, index) =>
      index === last ? { ...page, data: [...page.data, message], total: page.total + 1 } : page,
    ),
  };
}

/**
 * Adds the messages of a fresh newest page that the cache lacks. It only adds: a page fetched before a message
 * arrived live cannot take that message away again (a refetch would replace the pages and could).
 */
export function mergeNewest(data: Pages | undefined, fresh: MessagePage): Pages | undefined {
  if (!data) return data;
  const known = new Set(data.pages.flatMap((page) => page.data.map((message) => message.id)));
  const missing = fresh.data.filter((message) => !known.has(message.id));
  if (missing.length === 0) return data;
  const last = data.pages.length - 1;
  // Missed messages are older than those that arrived live meanwhile: the newest page stays in time order.
  const inOrder = (messages: Message[]) =>
    [...messages].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return {
    ...data,
    pages: data.pages.map((page, index) =>
      index === last
        ? { ...page, data: inOrder([...page.data, ...missing]), total: page.total + missing.length }
        : page,
    ),
  };
}

/**
 * The thread, oldest first: the newest page at once, older pages as the agent scrolls up (pages are
 * prepended, so the query's "previous" pages are the older ones), new messages from the event stream
 * appended as they arrive.
 */
export function useThreadMessages(conversationId: string) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const queryClient = useQueryClient();
  const queryKey = threadQueryKey(conversationId);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam }) => {
      const page = await dataProvider.getMessages(conversationId, {
        before: pageParam ?? undefined,
        limit: MESSAGE_PAGE_SIZE,
      });
      // When a request ends the session, react-admin signs out and answers `{ data: {} }` in its place.
      return Array.isArray(page.data) ? page : signedOutPage;
    },
    initialPageParam: null as string | null,
    getNextPageParam: () => null,
    getPreviousPageParam: (oldest: MessagePage) => (oldest.hasMore ? (oldest.data[0]?.id ?? null) : null),
    // The stream keeps the thread current; refetching every page on focus would only cost time.
    staleTime: Infinity,
  });

  useServiceEvent('message', (message) => {
    if (message.conversationId !== conversationId) return;
    queryClient.setQueryData<Pages>(queryKey, (data) => appendMessage(data, message));
  });
  // Messages written while the stream was down never arrived as events: read the newest page and add them.
  useOnReconnect(() => {
    void dataProvider
      .getMessages(conversationId, { limit: MESSAGE_PAGE_SIZE })
      .then((fresh) => {
        if (Array.isArray(fresh.data))
          queryClient.setQueryData<Pages>(queryKey, (data) => mergeNewest(data, fresh));
      })
      .catch(() => undefined);
  });

  const messages = useMemo(() => query.data?.pages.flatMap((page) => page.data) ?? [], [query.data]);
  const newestPageFirstId = query.data?.pages.at(-1)?.data[0]?.id ?? null;
  const { hasPreviousPage, isFetchingPreviousPage, fetchPreviousPage } = query;
  const loadOlder = useCallback(() => {
    if (hasPreviousPage && !isFetchingPreviousPage) void fetchPreviousPage();
  }, [hasPreviousPage, isFetchingPreviousPage, fetchPreviousPage]);

  return {
    messages,
    /** A message that stays put while older pages are prepended: the list counts rows before it. */
    anchorId: newestPageFirstId,
    isPending: query.isPending,
    error: query.error,
    refetch: query.refetch,
    hasOlder: hasPreviousPage,
    isLoadingOlder: isFetchingPreviousPage,
    loadOlder,
  };
}
