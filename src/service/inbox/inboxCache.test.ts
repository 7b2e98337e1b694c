import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../api';
import { applyConversationChange, belongsIn, flattenPages, type InboxPages } from './inboxCache';

const conversation = (
  id: string,
  lastMessageAt: string,
  overrides: Partial<Conversation> = {},
): Conversation => ({
  id,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  brandId: 'brand-lumiere',
  buyerId: `buyer-${id}`,
  buyerName: `Buyer ${id}`,
  crossBorder: true,
  status: 'open',
  assigneeId: null,
  assigneeName: null,
  snoozedUntil: null,
  unreadCount: 0,
  lastMessageAt,
  lastMessageAuthor: 'buyer',
  lastMessagePreview: 'Hello',
  waitingSince: null,
  orderIds: [],
  ...overrides,
});

const pagesOf = (...pages: Conversation[][]): InboxPages => ({
  pageParams: pages.map((_, index) => index + 1),
  pages: pages.map((data, index) => ({ data, total: 4, pageParam: index + 1 })),
});

const a = conversation('a', '2026-01-01T10:04:00Z');
const b = conversation('b', '2026-01-01T10:03:00Z');
const c = conversation('c', '2026-01-01T10:02:00Z');
const d = conversation('d', '2026-01-01T10:01:00Z');
const ids = (pages: InboxPages | null) => flattenPages(pages ?? undefined).map((row) => row.id);

describe('applyConversationChange', () => {
  it('moves a conversation with a new message to the top', () => {
    const next = applyConversationChange(
      pagesOf([a, b], [c, d]),
      { ...d, lastMessageAt: '2026-01-01T10:05:00Z' },
      true,
    );
    expect(ids(next)).toEqual(['d', 'a', 'b', 'c']);
    expect(next?.pages[0]?.total).toBe(4);
  });

  it('keeps the place of a conversation that was only reassigned', () => {
    const next = applyConversationChange(pagesOf([a, b], [c, d]), { ...c, assigneeId: 'u1' }, true);
    expect(ids(next)).toEqual(['a', 'b', 'c', 'd']);
    expect(flattenPages(next ?? undefined)[2]?.assigneeId).toBe('u1');
  });

  it('drops a conversation that left the list and counts one fewer', () => {
    const next = applyConversationChange(pagesOf([a, b], [c, d]), { ...b, status: 'resolved' }, false);
    expect(ids(next)).toEqual(['a', 'c', 'd']);
    expect(next?.pages[1]?.total).toBe(3);
  });

  it('adds a conversation that joined the list', () => {
    const e = conversation('e', '2026-01-01T10:06:00Z');
    expect(ids(applyConversationChange(pagesOf([a, b]), e, true))).toEqual(['e', 'a', 'b']);
  });

  it('leaves to the platform a searched list it cannot judge', () => {
    const e = conversation('e', '2026-01-01T10:06:00Z');
    expect(applyConversationChange(pagesOf([a, b]), e, 'unknown')).toBeNull();
  });
});

describe('belongsIn', () => {
  const now = Date.parse('2026-01-01T04:00:00Z'); // 12:00 in China, within service hours
  it('follows the view and the status', () => {
    const mine = conversation('m', '2026-01-01T03:00:00Z', { assigneeId: 'u1' });
    expect(belongsIn(mine, { view: 'mine' }, 'u1', now)).toBe(true);
    expect(belongsIn(mine, { view: 'unassigned' }, 'u1', now)).toBe(false);
    expect(belongsIn(mine, { view: 'all', status: ['resolved'] }, 'u1', now)).toBe(false);
  });

  it('counts a conversation as breaching in the last minute of its 3 minutes', () => {
    const waiting = (seconds: number) =>
      conversation('w', '2026-01-01T03:00:00Z', {
        waitingSince: new Date(now - seconds * 1000).toISOString(),
      });
    expect(belongsIn(waiting(60), { view: 'breaching' }, null, now)).toBe(false);
    expect(belongsIn(waiting(150), { view: 'breaching' }, null, now)).toBe(true);
  });

  it('cannot judge a search', () => {
    expect(belongsIn(a, { view: 'all', q: 'RED26' }, null, now)).toBe('unknown');
  });
});
