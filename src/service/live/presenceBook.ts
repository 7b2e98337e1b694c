import { PRESENCE_TYPING_TTL_MS, PRESENCE_VIEWING_TTL_MS, type Presence } from '../../api';

/** What we last heard from each teammate in one conversation (epoch ms). */
export interface PresenceEntry {
  userId: string;
  userName: string;
  lastAt: number;
  typingAt: number | null;
}
export type PresenceBook = Readonly<Record<string, PresenceEntry>>;

/** Adds what a teammate said; 'left' forgets them. Typing also means viewing. */
export function notePresence(book: PresenceBook, presence: Presence, at: number): PresenceBook {
  const { [presence.userId]: previous, ...others } = book;
  if (presence.state === 'left') return others;
  return {
    ...others,
    [presence.userId]: {
      userId: presence.userId,
      userName: presence.userName,
      lastAt: at,
      typingAt: presence.state === 'typing' ? at : (previous?.typingAt ?? null),
    },
  };
}

/** Who is there at `now`, as the platform would say: viewers fade after 30 s, typists after 6 s. */
export function presentAt(book: PresenceBook, conversationId: string, now: number): Presence[] {
  return Object.values(book)
    .filter((entry) => now - entry.lastAt < PRESENCE_VIEWING_TTL_MS)
    .sort((a, b) => a.userName.localeCompare(b.userName))
    .map((entry) => {
      const typing = entry.typingAt !== null && now - entry.typingAt < PRESENCE_TYPING_TTL_MS;
      return {
        conversationId,
        userId: entry.userId,
        userName: entry.userName,
        state: typing ? 'typing' : 'viewing',
        at: new Date(typing && entry.typingAt !== null ? entry.typingAt : entry.lastAt).toISOString(),
      };
    });
}
