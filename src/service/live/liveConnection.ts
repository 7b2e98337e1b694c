import type { ServiceEvent } from '../../api';
import { reconnectDelayMs } from './backoff';
import { readServiceEvents } from './sseReader';
import { httpStatus } from '../../components/httpErrors';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** When the next attempt starts (epoch ms), while waiting to reconnect. */
  nextAttemptAt: number | null;
}

export interface LiveConnectionOptions {
  /** Opens the stream. Anything but a readable stream means the session ended (react-admin signed out). */
  open(signal: AbortSignal): Promise<unknown>;
  onEvent(event: ServiceEvent): void;
  /** The stream is live again after a drop: what happened meanwhile was not streamed. */
  onReconnected(): void;
  /** A 401 reached us: the session ended. */
  onUnauthorized(error: unknown): void;
  random?: () => number;
}

export interface LiveConnection {
  start(): void;
  stop(): void;
  reconnectNow(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ConnectionSnapshot;
}

const isReadable = (value: unknown): value is ReadableStream<Uint8Array> =>
  typeof value === 'object' &&
  value !== null &&
  'getReader' in value &&
  typeof value.getReader === 'function';

/**
 * The platform sends a `: ping` comment every 15 s. Three missed in a row means the line is dead even
 * though nothing said so (a sleeping laptop, a proxy that dropped us silently): reconnect.
 */
export const IDLE_TIMEOUT_MS = 45_000;

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * Keeps one event stream open while started: 'connecting' at first, 'live' after the platform's
 * `ready`, 'reconnecting' with exponential back-off after a drop, 'offline' while the browser says so.
 */
export function createLiveConnection(options: LiveConnectionOptions): LiveConnection {
  let snapshot: ConnectionSnapshot = { state: 'connecting', nextAttemptAt: null };
  const listeners = new Set<() => void>();
  let running = false;
  // Bumped by stop(): a loop from before a stop/start (React's strict double mount) ends itself.
  let generation = 0;
  let hasBeenLive = false;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;

  const publish = (next: ConnectionSnapshot) => {
    if (next.state === snapshot.state && next.nextAttemptAt === snapshot.nextAttemptAt) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  /** Waits `ms` (or until woken when null); reconnectNow, going online and stop() cut it short. */
  const pause = (ms: number | null) =>
    new Promise<void>((resolve) => {
      const timer = ms === null ? undefined : setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      wake = done;
    });

  /**
   * One connection, to its end: 'dropped', or 'signed-out' when the session is gone. The idle watchdog
   * aborts it when nothing at all arrived for IDLE_TIMEOUT_MS, from opening on.
   */
  async function connectOnce(
    controller: AbortController,
  ): Promise<{ outcome: 'dropped' | 'signed-out'; sawReady: boolean }> {
    const { signal } = controller;
    let sawReady = false;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const stillAlive = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
    };
    stillAlive();
    try {
      const body = await options.open(signal);
      if (!isReadable(body)) return { outcome: 'signed-out', sawReady };
      await readServiceEvents(
        body,
        (event) => {
          if (signal.aborted) return;
          if (event.type === 'ready') {
            sawReady = true;
            const wasLive = hasBeenLive;
            hasBeenLive = true;
            publish({ state: 'live', nextAttemptAt: null });
            if (wasLive) options.onReconnected();
          }
          options.onEvent(event);
        },
        stillAlive,
        signal,
      );
    } catch (error) {
      if (httpStatus(error) === 401) {
        options.onUnauthorized(error);
        return { outcome: 'signed-out', sawReady };
      }
    } finally {
      clearTimeout(idleTimer);
    }
    return { outcome: 'dropped', sawReady };
  }

  async function run(mine: number) {
    const isCurrent = () => running && mine === generation;
    let attempt = 0;
    while (isCurrent()) {
      if (!isOnline()) {
        publish({ state: 'offline', nextAttemptAt: null });
        await pause(null);
        continue;
      }
      publish({ state: hasBeenLive || attempt > 0 ? 'reconnecting' : 'connecting', nextAttemptAt: null });
      const current = new AbortController();
      controller = current;
      const { outcome, sawReady } = await connectOnce(current);
      current.abort();
      if (!isCurrent()) return;
      if (outcome === 'signed-out') {
        running = false;
        publish({ state: 'offline', nextAttemptAt: null });
        return;
      }
      attempt = sawReady ? 1 : attempt + 1;
      if (!isOnline()) continue;
      const delay = reconnectDelayMs(attempt, options.random);
      publish({ state: 'reconnecting', nextAttemptAt: Date.now() + delay });
      await pause(delay);
    }
  }

  const onOffline = () => {
    // A fetch may hang for minutes on a dead network: end it now and wait for 'online'.
    controller?.abort();
    publish({ state: 'offline', nextAttemptAt: null });
  };
  const onOnline = () => wake?.();

  return {
    start() {
      if (running) return;
      running = true;
      window.addEventListener('offline', onOffline);
      window.addEventListener('online', onOnline);
      void run(generation);
    },
    stop() {
      running = false;
      generation += 1;
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      controller?.abort();
      wake?.();
    },
    reconnectNow() {
      if (snapshot.state === 'live' || snapshot.state === 'connecting') return;
      wake?.();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}
