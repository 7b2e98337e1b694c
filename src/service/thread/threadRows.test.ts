import type { Message } from '../../api';
import { appendMessage, mergeNewest } from './useThreadMessages';
import { threadRows } from './threadRows';

const message = (id: string, createdAt: string, overrides: Partial<Message> = {}): Message => ({
  id,
  conversationId: 'c',
  brandId: 'b',
  author: 'buyer',
  authorId: 'buyer-1',
  authorName: 'Mia',
  kind: 'text',
  body: id,
  internal: false,
  imageUrl: null,
  product: null,
  order: null,
  createdAt,
  idempotencyKey: null,
  ...overrides,
});

describe('threadRows', () => {
  it('puts a separator before each China day and groups runs by the same author', () => {
    const rows = threadRows([
      message('a', '2026-03-01T15:50:00Z'), // 23:50 China, 1 March
      message('b', '2026-03-01T15:52:00Z'),
      message('c', '2026-03-01T16:01:00Z'), // 00:01 China, 2 March
      message('d', '2026-03-01T16:02:00Z', { author: 'agent', authorId: 'u1' }),
      message('e', '2026-03-01T16:30:00Z', { author: 'agent', authorId: 'u1' }),
    ]);
    expect(
      rows.map((row) => (row.type === 'day' ? 'day' : `${row.key}${row.startsGroup ? '*' : ''}`)),
    ).toEqual([
      'day',
      'a*',
      'b',
      'day',
      'c*',
      'd*',
      // Half an hour later: the same agent, but the time shows again.
      'e*',
    ]);
  });
});

describe('appendMessage', () => {
  it('adds a live message to the newest page once', () => {
    const data = {
      pages: [
        { data: [message('a', '2026-03-01T00:00:00Z')], total: 2, hasMore: false },
        { data: [message('b', '2026-03-01T00:01:00Z')], total: 2, hasMore: true },
      ],
      pageParams: ['b', null],
    };
    const once = appendMessage(data, message('c', '2026-03-01T00:02:00Z'));
    expect(once?.pages[1]?.data.map((m) => m.id)).toEqual(['b', 'c']);
    expect(appendMessage(once, message('c', '2026-03-01T00:02:00Z'))).toBe(once);
  });
});

describe('mergeNewest', () => {
  it('adds what the stream missed and keeps a message that arrived while the page was on its way', () => {
    const data = {
      pages: [{ data: [message('a', '2026-03-01T00:00:00Z')], total: 1, hasMore: false }],
      pageParams: [null],
    };
    // While the newest page was on its way, the agent's own reply arrived live.
    const withLive = appendMessage(data, message('mine', '2026-03-01T00:03:00Z'));
    const fresh = {
      data: [message('a', '2026-03-01T00:00:00Z'), message('missed', '2026-03-01T00:02:00Z')],
      total: 2,
      hasMore: false,
    };
    const merged = mergeNewest(withLive, fresh);
    expect(merged?.pages[0]?.data.map((m) => m.id)).toEqual(['a', 'missed', 'mine']);
    expect(mergeNewest(merged, fresh)).toBe(merged);
  });
});
