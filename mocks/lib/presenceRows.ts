import {
  PRESENCE_TYPING_TTL_MS,
  PRESENCE_VIEWING_TTL_MS,
  type Conversation,
  type Presence,
  type PresenceState,
} from '../../src/api';
import { db } from '../db/store';
import type { PlatformUser, StoredPresence } from '../db/types';

const ttlOf = (state: PresenceState) =>
  state === 'typing' ? PRESENCE_TYPING_TTL_MS : PRESENCE_VIEWING_TTL_MS;

/** Clients repeat what they are doing; one who stops saying so has gone (closed tab, lost network). */
export const isFresh = (row: StoredPresence, now: number) => now - Date.parse(row.at) < ttlOf(row.state);

const toPresence = ({ conversationId, userId, userName, state, at }: StoredPresence): Presence => ({
  conversationId,
  userId,
  userName,
  state,
  at,
});

/**
 * Forgets everyone past their time to live. Removing the rows is what tells the other agents (the
 * event stream reports a removed row as "left"), so it runs whenever anyone speaks or asks.
 */
export function sweepPresence(now: number): void {
  const expired = db.presence
    .all()
    .filter((row) => !isFresh(row, now))
    .map((row) => row.id);
  db.presence.removeMany(expired);
}

export function othersIn(conversationId: string, caller: PlatformUser, now: number): Presence[] {
  sweepPresence(now);
  return db.presence
    .all()
    .filter((row) => row.conversationId === conversationId && row.userId !== caller.id && isFresh(row, now))
    .map(toPresence);
}

export function sayPresence(
  conversation: Conversation,
  user: PlatformUser,
  state: PresenceState,
  now: number,
) {
  sweepPresence(now);
  const id = `${conversation.id}:${user.id}`;
  if (state === 'left') {
    if (db.presence.find(id)) db.presence.remove(id);
    return;
  }
  db.presence.save({
    id,
    brandId: conversation.brandId,
    conversationId: conversation.id,
    userId: user.id,
    userName: user.name,
    state,
    at: new Date(now).toISOString(),
  });
}

/**
 * What the event stream tells of a removed presence row (gone or expired): that they left. The row
 * is gone, so its brand comes from the conversation; undefined when that is gone too (a reset).
 */
export function presenceLeft(id: string, now: number): { brandId: string; presence: Presence } | undefined {
  const [conversationId = '', userId = ''] = id.split(':');
  const conversation = db.conversations.find(conversationId);
  if (!conversation) return undefined;
  const userName = db.users.find(userId)?.name ?? '';
  const at = new Date(now).toISOString();
  return { brandId: conversation.brandId, presence: { conversationId, userId, userName, state: 'left', at } };
}
