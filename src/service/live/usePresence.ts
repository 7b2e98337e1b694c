import { useEffect, useState } from 'react';
import type { Presence } from '../../api';
import { notePresence, presentAt, type PresenceBook } from './presenceBook';
import { useLiveContext } from './LiveContext';
import { useNow } from './useNow';
import { useOnReconnect, useServiceEvent } from './useServiceEvent';

export const PRESENCE_ANNOUNCE_EVERY_MS = 10_000;

/**
 * Others (not me) viewing or typing in this conversation now, kept current from presence events and
 * expired by TTL. While mounted with a conversation id and `announce` true, says 'viewing' every 10 s
 * and 'left' on unmount or switch.
 */
export function usePresence(conversationId: string | null, announce: boolean): Presence[] {
  const live = useLiveContext();
  const dataProvider = live?.dataProvider;
  const me = live?.userId ?? null;
  const [book, setBook] = useState<{ conversationId: string | null; entries: PresenceBook }>({
    conversationId,
    entries: {},
  });
  const entries = book.conversationId === conversationId ? book.entries : {};
  const [refetches, setRefetches] = useState(0);
  const now = useNow(1000);

  useEffect(() => {
    if (!dataProvider || !conversationId) return;
    let cancelled = false;
    dataProvider
      .getPresence(conversationId)
      .then((list) => {
        if (cancelled || !Array.isArray(list)) return;
        setBook((current) => {
          const start = current.conversationId === conversationId ? current.entries : {};
          const entries = list
            .filter((presence) => presence.userId !== me)
            .reduce<PresenceBook>(
              (book, presence) => notePresence(book, presence, Date.parse(presence.at)),
              start,
            );
          return { conversationId, entries };
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [dataProvider, conversationId, me, refetches]);

  useOnReconnect(() => setRefetches((count) => count + 1));
  useServiceEvent('presence', (presence) => {
    if (presence.conversationId !== conversationId || presence.userId === me) return;
    // Our clock, not the platform's: a skewed server clock must not make teammates vanish at once.
    setBook((current) => ({
      conversationId,
      entries: notePresence(
        current.conversationId === conversationId ? current.entries : {},
        presence,
        Date.now(),
      ),
    }));
  });

  useEffect(() => {
    if (!dataProvider || !conversationId || !announce) return;
    const say = (state: 'viewing' | 'left') =>
      dataProvider.sayPresence(conversationId, state).catch(() => undefined);
    void say('viewing');
    const timer = setInterval(() => void say('viewing'), PRESENCE_ANNOUNCE_EVERY_MS);
    return () => {
      clearInterval(timer);
      void say('left');
    };
  }, [dataProvider, conversationId, announce]);

  // The same array while nobody came, went or changed state: consumers re-render only on change.
  const present = conversationId ? presentAt(entries, conversationId, now) : [];
  const [shown, setShown] = useState<Presence[]>([]);
  if (signatureOf(shown) !== signatureOf(present)) setShown(present);
  return shown;
}

const signatureOf = (list: readonly Presence[]) => list.map((p) => `${p.userId}:${p.state}`).join('|');
