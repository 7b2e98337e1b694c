import { useQueryClient } from '@tanstack/react-query';
import { useOnReconnect, useServiceEvent } from '../live';
import { useConversationCache } from './useConversationCache';

/** Keeps the inbox and the open conversation current from the event stream; refetches after a drop. */
export function useLiveInbox(userId: string | null) {
  const queryClient = useQueryClient();
  const putConversation = useConversationCache(userId);
  useServiceEvent('conversation', putConversation);
  useOnReconnect(() => void queryClient.invalidateQueries({ queryKey: ['conversations'] }));
}
