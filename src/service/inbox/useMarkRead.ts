import { useEffect } from 'react';
import { useDataProvider } from 'react-admin';
import type { Conversation } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';

/**
 * Opening a conversation with unread buyer messages (or receiving one while it is open) marks them
 * read. Marketers only look: their reading changes nothing.
 */
export function useMarkRead(
  conversation: Conversation | undefined,
  canEdit: boolean,
  put: (conversation: Conversation) => void,
) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const id = conversation?.id;
  const unread = conversation?.unreadCount ?? 0;
  useEffect(() => {
    if (!id || unread === 0 || !canEdit) return;
    let cancelled = false;
    dataProvider
      .command<Conversation>('conversations', id, 'read')
      .then((updated) => {
        if (!cancelled) put(updated);
      })
      // Unread counts are a courtesy: a failure shows the badge a little longer, no more.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [id, unread, canEdit, dataProvider, put]);
}
