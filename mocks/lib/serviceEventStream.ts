import type { Conversation, Message, ServiceEvent } from '../../src/api';
import { db, onDataChange, type DataChange } from '../db/store';
import type { StoredPresence } from '../db/types';
import { onFaultsChange } from './faults';
import { presenceLeft, sweepPresence } from './presenceRows';
import type { Caller } from './sessions';

/** Proxies and browsers drop a silent connection; a comment line every 15 s keeps it open. */
export const PING_INTERVAL_MS = 15_000;
/** Often enough that a typist who went quiet disappears within a few seconds of their 6 s. */
const PRESENCE_SWEEP_MS = 3_000;
// setTimeout takes at most a signed 32-bit delay; later expiries are caught by the pings.
const MAX_TIMER_MS = 2_147_483_647;

interface OpenStream {
  brandId: string;
  sessionId: string;
  send: (event: ServiceEvent) => void;
  /** Ends the stream: cleanly (the session ended) or as a network failure (the platform went offline). */
  end: (failure?: Error) => void;
}

const openStreams = new Set<OpenStream>();
let stopListening: (() => void) | undefined;

/** The brands someone is watching live right now in this tab: the demo buyers write to those. */
export const brandsWithOpenStreams = (): string[] => [
  ...new Set([...openStreams].map((stream) => stream.brandId)),
];

const sessionIsLive = (sessionId: string) => {
  const session = db.sessions.find(sessionId);
  if (!session || Date.parse(session.expiresAt) <= Date.now()) return false;
  return db.users.find(session.userId)?.status === 'active';
};

function eventsOf(change: DataChange, now: number): { brandId: string; event: ServiceEvent }[] {
  if (change.collection === 'messages')
    return (change.saved as Message[]).map((data) => ({
      brandId: data.brandId,
      event: { type: 'message', data },
    }));
  if (change.collection === 'conversations')
    return (change.saved as Conversation[]).map((data) => ({
      brandId: data.brandId,
      event: { type: 'conversation', data },
    }));
  if (change.collection !== 'presence') return [];
  const saved = (change.saved as StoredPresence[]).map(({ id: _id, brandId, ...presence }) => ({
    brandId,
    event: { type: 'presence', data: presence } satisfies ServiceEvent,
  }));
  const left = change.removedIds.flatMap((id) => {
    const gone = presenceLeft(id, now);
    return gone
      ? [{ brandId: gone.brandId, event: { type: 'presence', data: gone.presence } satisfies ServiceEvent }]
      : [];
  });
  return [...saved, ...left];
}

function broadcast(change: DataChange): void {
  // Sign-outs, revocations and expiries end the streams opened with those sessions.
  if (change.collection === 'sessions' || change.collection === 'users') {
    for (const stream of openStreams) if (!sessionIsLive(stream.sessionId)) stream.end();
    return;
  }
  for (const { brandId, event } of eventsOf(change, Date.now()))
    for (const stream of openStreams) if (stream.brandId === brandId) stream.send(event);
}

function listen(): void {
  if (stopListening) return;
  const stopData = onDataChange(broadcast);
  // Going offline drops every connection at once, as a cut cable would; new ones fail in the route.
  const stopFaults = onFaultsChange((faults) => {
    if (faults.offline) for (const stream of openStreams) stream.end(new TypeError('Failed to fetch'));
  });
  // Someone who closed their tab never says "left": sweeping the expired rows is what tells the others.
  const sweeper = setInterval(() => sweepPresence(Date.now()), PRESENCE_SWEEP_MS);
  stopListening = () => {
    clearInterval(sweeper);
    stopData();
    stopFaults();
    stopListening = undefined;
  };
}

const encoder = new TextEncoder();
const frame = ({ type, data }: ServiceEvent) =>
  encoder.encode(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);

/**
 * GET /service/events for a signed-in caller: `ready`, then every change to the caller's brand's
 * messages, conversations and presence, including those other tabs made (replayed as remote).
 * Clients end it by aborting the request (`signal`): MSW tees mocked bodies for its own events, so
 * a reader cancelling its branch alone never reaches `cancel` below.
 */
export function openServiceEventStream(caller: Caller, signal: AbortSignal): Response {
  const brandId = caller.user.brandId ?? 'no-brand';
  let stream: OpenStream | undefined;
  let open = true;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const forget = () => {
    timers.forEach(clearTimeout);
    if (stream) openStreams.delete(stream);
    if (openStreams.size === 0) stopListening?.();
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const opened: OpenStream = {
        brandId,
        sessionId: caller.session.id,
        send: (event) => {
          if (open) controller.enqueue(frame(event));
        },
        end: (failure) => {
          if (!open) return;
          open = false;
          forget();
          if (failure) controller.error(failure);
          else controller.close();
        },
      };
      stream = opened;
      openStreams.add(opened);
      listen();
      opened.send({ type: 'ready', data: { at: new Date().toISOString() } });
      const ping = setInterval(() => {
        if (!sessionIsLive(opened.sessionId)) opened.end();
        else if (open) controller.enqueue(encoder.encode(': ping\n\n'));
      }, PING_INTERVAL_MS);
      timers.push(ping);
      const untilExpiry = Date.parse(caller.session.expiresAt) - Date.now();
      timers.push(setTimeout(() => opened.end(), Math.min(Math.max(untilExpiry, 0), MAX_TIMER_MS)));
      signal.addEventListener('abort', () => opened.end(), { once: true });
    },
    cancel() {
      // The reader went away (closed tab, aborted fetch): nothing more to send, nothing to close.
      open = false;
      forget();
    },
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
  });
}
