import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { signIn } from '../../test/renderWithPlatform';
import { createOutbox, type OutboxOptions } from './outbox';
import { streamingDataProvider as dataProvider } from './streamingDataProvider.testing';

const MESSAGES_URL = '*/api/v1/conversations/:id/messages';
const STORAGE_KEY = 'red.service.outbox.user-lumiere-agent';
const conversationId = 'conv-lumiere-0001';

function outboxWith(overrides: Partial<OutboxOptions> = {}) {
  const onSent = vi.fn();
  let keys = 0;
  const outbox = createOutbox({
    storageKey: STORAGE_KEY,
    send: (id, message, key) => dataProvider.sendMessage(id, message, key),
    onSent,
    onUnauthorized: vi.fn(),
    makeKey: () => `key-${++keys}`,
    ...overrides,
  });
  return { outbox, onSent };
}

/** The platform's bodies, in the order it created them. */
const created: string[] = [];

/**
 * Counts the POSTs (by idempotency key) that reach the platform. Without `answer` it plays the
 * platform's send: one message per key, banned claims refused with their findings.
 */
function countPosts(answer?: () => Response) {
  const keys: string[] = [];
  server.use(
    http.post(MESSAGES_URL, async ({ request, params }) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      keys.push(key);
      if (answer) return answer();
      const { body, internal } = (await request.json()) as { body: string; internal: boolean };
      if (body.includes('全网第一')) {
        const finding = {
          term: '全网第一',
          ruleId: 'SUP-1',
          category: 'SUP',
          severity: 'block',
          start: 0,
          end: 4,
          messageKey: 'claims.rule.sup',
          suggestionKey: 'claims.suggest.sup',
        };
        return HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable',
            status: 422,
            code: 'claims.blocked',
            errors: { body: 'claims.blocked_field' },
            findings: { body: [finding] },
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      created.push(body);
      return HttpResponse.json(
        {
          id: `msg-${key}`,
          conversationId: String(params.id),
          brandId: 'brand-lumiere',
          author: 'agent',
          authorId: 'user-lumiere-agent',
          authorName: '林佳怡',
          kind: 'text',
          body,
          internal,
          imageUrl: null,
          product: null,
          order: null,
          createdAt: new Date().toISOString(),
          idempotencyKey: key,
        },
        { status: 201 },
      );
    }),
  );
  return keys;
}

const bodiesOnPlatform = async () => created;

beforeEach(async () => {
  created.length = 0;
  await signIn('agent@lumiere.example');
});

describe('the outbox', () => {
  it('sends a reply at once and hands the created message on', async () => {
    countPosts();
    const { outbox, onSent } = outboxWith();
    const key = outbox.send(conversationId, { body: '您好，马上为您查询。', internal: false });
    expect(outbox.getSnapshot().queue).toMatchObject([{ key, state: 'sending' }]);

    await vi.waitFor(() => expect(outbox.getSnapshot().queue).toEqual([]));
    expect(onSent).toHaveBeenCalledWith(
      expect.objectContaining({ body: '您好，马上为您查询。', idempotencyKey: key }),
    );
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps replies while the network fails and sends each exactly once, in order, when live again', async () => {
    const failing = countPosts(() => HttpResponse.error());
    const { outbox } = outboxWith();
    outbox.send(conversationId, { body: 'first', internal: false });
    outbox.send(conversationId, { body: 'second', internal: false });
    outbox.send(conversationId, { body: 'a note', internal: true });

    await vi.waitFor(() => expect(outbox.getSnapshot().queue[0]?.state).toBe('pending'));
    expect(failing).toEqual(['key-1']);
    expect(outbox.getSnapshot().queue.map((reply) => [reply.body, reply.state])).toEqual([
      ['first', 'pending'],
      ['second', 'pending'],
      ['a note', 'pending'],
    ]);

    server.resetHandlers();
    const posted = countPosts();
    outbox.resume();
    outbox.resume();
    await vi.waitFor(() => expect(outbox.getSnapshot().queue).toEqual([]));
    expect(posted).toEqual(['key-1', 'key-2', 'key-3']);
    expect((await bodiesOnPlatform()).slice(-3)).toEqual(['first', 'second', 'a note']);
  });

  it('tries again by itself after a passing platform error, while the stream stays live', async () => {
    const posted = countPosts(() =>
      HttpResponse.json({ status: 503, code: 'errors.server' }, { status: 503 }),
    );
    const { outbox, onSent } = outboxWith();
    outbox.send(conversationId, { body: 'first try fails', internal: false });
    await vi.waitFor(() => expect(outbox.getSnapshot().queue[0]?.state).toBe('pending'));
    expect(posted).toEqual(['key-1']);

    server.resetHandlers();
    const later = countPosts();
    // No resume(): nothing told the outbox the connection came back, because it never dropped.
    await vi.waitFor(() => expect(outbox.getSnapshot().queue).toEqual([]), { timeout: 3_000 });
    expect(later).toEqual(['key-1']);
    expect(onSent).toHaveBeenCalledTimes(1);
  });

  it('keeps a refused reply failed with the platform message key and the findings to highlight', async () => {
    countPosts();
    const { outbox } = outboxWith();
    const key = outbox.send(conversationId, { body: '全网第一的精华', internal: false });

    await vi.waitFor(() => expect(outbox.getSnapshot().queue[0]?.state).toBe('failed'));
    expect(outbox.getSnapshot().queue[0]).toMatchObject({ key, error: 'claims.blocked' });
    expect(outbox.getSnapshot().findings[key]?.body?.[0]).toMatchObject({ term: '全网第一' });

    outbox.retry(key, '口碑很好的精华');
    await vi.waitFor(() => expect(outbox.getSnapshot().queue).toEqual([]));
    expect(outbox.getSnapshot().findings).toEqual({});
  });

  it('survives a reload: what was pending or cut short is sent with its own key', async () => {
    countPosts(() => HttpResponse.error());
    const before = outboxWith();
    before.outbox.send(conversationId, { body: 'typed before the reload', internal: false });
    await vi.waitFor(() => expect(before.outbox.getSnapshot().queue[0]?.state).toBe('pending'));
    // The page goes away: its sender stops.
    before.outbox.hold();

    server.resetHandlers();
    const posted = countPosts();
    const after = outboxWith();
    expect(after.outbox.getSnapshot().queue).toMatchObject([
      { key: 'key-1', body: 'typed before the reload' },
    ]);
    after.outbox.resume();
    await vi.waitFor(() => expect(after.outbox.getSnapshot().queue).toEqual([]));
    expect(posted).toEqual(['key-1']);
  });

  it('lets the agent discard a reply', () => {
    const { outbox } = outboxWith();
    outbox.hold();
    const key = outbox.send(conversationId, { body: 'never mind', internal: false });
    outbox.discard(key);
    expect(outbox.getSnapshot().queue).toEqual([]);
  });
});
