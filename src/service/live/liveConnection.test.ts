import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { streamingDataProvider as dataProvider } from './streamingDataProvider.testing';
import type { Message } from '../../api';
import { reconnectDelayMs } from './backoff';
import { createLiveConnection, IDLE_TIMEOUT_MS, type LiveConnection } from './liveConnection';

const EVENTS_URL = '*/api/v1/service/events';
const READY = 'event: ready\ndata: {"at":"2026-01-05T02:00:00.000Z"}\n\n';
// Kept before any test fakes the timers: lets a written chunk reach the reader in real time.
const realSetTimeout = globalThis.setTimeout;
const chunkArrives = () => new Promise((resolve) => realSetTimeout(resolve, 50));
const encoder = new TextEncoder();

/** A server-sent-events body the test writes to, chunk by chunk, and can drop. */
function controllableStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    stream,
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    drop: () => controller.error(new TypeError('network connection lost')),
  };
}

const message = {
  id: 'msg-1',
  conversationId: 'conv-lumiere-0002',
  brandId: 'brand-lumiere',
  author: 'buyer',
  authorId: 'buyer-lumiere-0002',
  authorName: 'Mia 米娅',
  kind: 'text',
  body: '在吗？',
  internal: false,
  imageUrl: null,
  product: null,
  order: null,
  createdAt: '2026-01-05T02:00:00.000Z',
  idempotencyKey: null,
} satisfies Message;

function streamEach(streams: ReturnType<typeof controllableStream>[]) {
  let opened = 0;
  server.use(
    http.get(EVENTS_URL, () => {
      const next = streams[opened++];
      return next
        ? new HttpResponse(next.stream, { headers: { 'Content-Type': 'text/event-stream' } })
        : HttpResponse.error();
    }),
  );
  return () => opened;
}

function connect(onEvent = vi.fn(), onReconnected = vi.fn(), onUnauthorized = vi.fn()) {
  const connection = createLiveConnection({
    open: (signal) => dataProvider.openServiceEvents(signal),
    onEvent,
    onReconnected,
    onUnauthorized,
    random: () => 0,
  });
  connection.start();
  return { connection, onEvent, onReconnected, onUnauthorized };
}

let current: LiveConnection | null = null;
afterEach(() => {
  current?.stop();
  current = null;
  vi.useRealTimers();
});

describe('the live connection', () => {
  it('parses events as they are streamed, ignoring comments and events that break the contract', async () => {
    const first = controllableStream();
    streamEach([first]);
    const { connection, onEvent } = connect();
    current = connection;
    expect(connection.getSnapshot().state).toBe('connecting');

    first.write(': keep-alive\n\nevent: ready\ndata: {"at":"2026-01-05T02:00:00.000Z"}\n\n');
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('live'));
    // Split across chunks, as the network may deliver it.
    const line = `event: message\ndata: ${JSON.stringify(message)}\n\n`;
    first.write(line.slice(0, 30));
    first.write(line.slice(30));
    first.write('event: message\ndata: {"id":"not a message"}\n\nevent: message\ndata: not json\n\n');

    await vi.waitFor(() => expect(onEvent).toHaveBeenCalledWith({ type: 'message', data: message }));
    expect(onEvent).toHaveBeenCalledTimes(2);
  });

  it('says reconnecting after a drop, backs off, and tells listeners once live again', async () => {
    const [first, second] = [controllableStream(), controllableStream()];
    const opened = streamEach([first, second]);
    const { connection, onReconnected } = connect();
    current = connection;
    first.write('event: ready\ndata: {"at":"2026-01-05T02:00:00.000Z"}\n\n');
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('live'));

    first.drop();
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('reconnecting'));
    const { nextAttemptAt } = connection.getSnapshot();
    expect(nextAttemptAt).not.toBeNull();
    expect((nextAttemptAt ?? 0) - Date.now()).toBeLessThanOrEqual(1_000);

    await vi.waitFor(() => expect(opened()).toBe(2), { timeout: 3_000 });
    second.write('event: ready\ndata: {"at":"2026-01-05T02:00:01.000Z"}\n\n');
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('live'));
    expect(onReconnected).toHaveBeenCalledTimes(1);
  });

  it('waits longer after each failed attempt and reconnects at once when asked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const opened = streamEach([]);
    const { connection } = connect();
    current = connection;
    const waitLeft = () => (connection.getSnapshot().nextAttemptAt ?? 0) - Date.now();
    const nextWait = async (attempts: number) => {
      await vi.waitFor(() => expect(opened()).toBe(attempts));
      await vi.waitFor(() => expect(connection.getSnapshot().nextAttemptAt).not.toBeNull());
      return waitLeft();
    };

    expect(await nextWait(1)).toBeGreaterThan(500);
    expect(waitLeft()).toBeLessThanOrEqual(1_000);
    expect(connection.getSnapshot().state).toBe('reconnecting');

    await vi.advanceTimersByTimeAsync(1_000);
    expect(await nextWait(2)).toBeGreaterThan(1_000);
    expect(waitLeft()).toBeLessThanOrEqual(2_000);

    connection.reconnectNow();
    expect(await nextWait(3)).toBeGreaterThan(2_000);
    expect(waitLeft()).toBeLessThanOrEqual(4_000);
  });

  it('goes offline with the browser and tries again as soon as it is back', async () => {
    const first = controllableStream();
    const opened = streamEach([first]);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { connection } = connect();
    current = connection;
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('offline'));
    expect(opened()).toBe(0);

    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(opened()).toBe(1));
    first.write('event: ready\ndata: {"at":"2026-01-05T02:00:00.000Z"}\n\n');
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('live'));
    online.mockRestore();
  });

  it('treats 45 s without a byte, not even a ping, as a dropped line and reconnects', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const [first, second] = [controllableStream(), controllableStream()];
    const opened = streamEach([first, second]);
    const { connection, onReconnected } = connect();
    current = connection;
    first.write(READY);
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('live'));

    // The platform's pings every 15 s keep a quiet line open for as long as it lasts.
    for (let minute = 0; minute < 4; minute += 1) {
      await vi.advanceTimersByTimeAsync(15_000);
      first.write(': ping\n\n');
      await chunkArrives();
    }
    await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS - 1_000);
    expect(connection.getSnapshot().state).toBe('live');
    expect(opened()).toBe(1);

    // Then silence: three pings missed.
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('reconnecting'));
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(opened()).toBe(2));
    second.write(READY);
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('live'));
    expect(onReconnected).toHaveBeenCalledTimes(1);
  });

  it('gives up on a connection that opens but never says a word within 45 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const silent = controllableStream();
    const opened = streamEach([silent]);
    const { connection } = connect();
    current = connection;
    await vi.waitFor(() => expect(opened()).toBe(1));
    expect(connection.getSnapshot().state).toBe('connecting');

    await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS);
    await vi.waitFor(() => expect(connection.getSnapshot().state).toBe('reconnecting'));
    expect(connection.getSnapshot().nextAttemptAt).not.toBeNull();
  });

  it('stops and reports the ended session on a 401', async () => {
    server.use(http.get(EVENTS_URL, () => HttpResponse.json({ status: 401 }, { status: 401 })));
    const { connection, onUnauthorized } = connect();
    current = connection;
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    expect(connection.getSnapshot().nextAttemptAt).toBeNull();
  });
});

describe('reconnect back-off', () => {
  it('doubles from 1 s to at most 30 s, plus up to 20 % jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => reconnectDelayMs(attempt, () => 0))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(reconnectDelayMs(1, () => 1)).toBe(1_200);
  });
});
