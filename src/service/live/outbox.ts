import { z } from 'zod';
import {
  fieldFindingsSchema,
  messageSchema,
  type FieldFindings,
  type Message,
  type MessageCreate,
} from '../../api';
import { errorMessage, httpStatus } from '../../components/httpErrors';
import {
  discard,
  enqueue,
  markInterrupted,
  markRefused,
  markSending,
  markSent,
  readyToSend,
  retryWith,
  type SendQueue,
} from '../../domain/service';
import { reconnectDelayMs } from './backoff';
import { readStored, writeStored } from './persisted';

export interface OutboxSnapshot {
  queue: SendQueue;
  /** Banned-claim findings of refused replies, by key, so the thread can highlight the words. */
  findings: Readonly<Record<string, FieldFindings>>;
}

export interface OutboxOptions {
  /** Where the queue is kept for this user; null keeps it in memory only. */
  storageKey: string | null;
  /** Answers the created message, or anything else when react-admin signed the user out meanwhile. */
  send(conversationId: string, message: MessageCreate, idempotencyKey: string): Promise<unknown>;
  onSent(message: Message): void;
  onUnauthorized(error: unknown): void;
  makeKey?: () => string;
  now?: () => number;
}

export interface Outbox {
  subscribe(listener: () => void): () => void;
  getSnapshot(): OutboxSnapshot;
  send(conversationId: string, message: { body: string; internal: boolean }): string;
  retry(key: string, body: string): void;
  discard(key: string): void;
  /** The connection is down (or the workbench closed): keep replies queued, try nothing until resume. */
  hold(): void;
  /** The connection is live again: send what waits, in order, at once. */
  resume(): void;
}

const storedSchema = z.object({
  queue: z.array(
    z.object({
      key: z.string(),
      conversationId: z.string(),
      body: z.string(),
      internal: z.boolean(),
      queuedAt: z.number(),
      state: z.enum(['pending', 'sending', 'failed']),
      attempts: z.number(),
      error: z.string().nullable(),
    }),
  ),
  findings: z.record(z.string(), fieldFindingsSchema),
});

/** Network trouble, a busy platform or an ended session: worth sending again later, unchanged. */
const isTransient = (status: number | undefined) =>
  status === undefined || status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;

const findingsOf = (error: unknown): FieldFindings | null => {
  const body = typeof error === 'object' && error !== null && 'body' in error ? error.body : null;
  const findings = typeof body === 'object' && body !== null && 'findings' in body ? body.findings : null;
  const parsed = fieldFindingsSchema.safeParse(findings);
  return parsed.success ? parsed.data : null;
};

/**
 * The offline send queue with its sender. Each reply keeps the idempotency key made when it was typed,
 * at most one request is in flight per key, and per conversation they go one at a time, in order.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const stored = options.storageKey ? readStored(options.storageKey, storedSchema) : null;
  // A send cut short by a reload may or may not have arrived: the same key makes trying again safe.
  let snapshot: OutboxSnapshot = {
    queue: (stored?.queue ?? []).reduce<SendQueue>(
      (queue, reply) => markInterrupted(queue, reply.key),
      stored?.queue ?? [],
    ),
    findings: stored?.findings ?? {},
  };
  const listeners = new Set<() => void>();
  const inFlight = new Set<string>();
  // Held: the connection is down, nothing is tried until resume(). Backing off: a send failed on the
  // way while the stream may still be live (a 503, a flaky request): try again after a growing pause,
  // or the reply would wait for a reconnect that never comes.
  let held = false;
  let backingOff = false;
  let failedAttempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const stopBackingOff = () => {
    clearTimeout(retryTimer);
    backingOff = false;
  };
  const backOff = () => {
    backingOff = true;
    failedAttempts += 1;
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      backingOff = false;
      flush();
    }, reconnectDelayMs(failedAttempts));
  };

  const commit = (next: OutboxSnapshot) => {
    snapshot = next;
    if (options.storageKey) writeStored(options.storageKey, next.queue.length > 0 ? next : null);
    for (const listener of [...listeners]) listener();
  };
  const setQueue = (queue: SendQueue, findings = snapshot.findings) => commit({ queue, findings });
  const withoutFindings = (key: string) =>
    Object.fromEntries(Object.entries(snapshot.findings).filter(([k]) => k !== key));

  async function sendOne(key: string) {
    const reply = snapshot.queue.find((queued) => queued.key === key);
    if (!reply || inFlight.has(key)) return;
    inFlight.add(key);
    setQueue(markSending(snapshot.queue, key));
    try {
      const answer = await options.send(
        reply.conversationId,
        { kind: 'text', body: reply.body, internal: reply.internal },
        key,
      );
      const message = messageSchema.safeParse(answer);
      if (message.success) {
        failedAttempts = 0;
        setQueue(markSent(snapshot.queue, key), withoutFindings(key));
        options.onSent(message.data);
      } else {
        // Signed out meanwhile: wait for the next session's resume.
        held = true;
        setQueue(markInterrupted(snapshot.queue, key));
      }
    } catch (error) {
      const status = httpStatus(error);
      if (isTransient(status)) {
        setQueue(markInterrupted(snapshot.queue, key));
        if (status === 401) {
          held = true;
          options.onUnauthorized(error);
        } else if (!held) backOff();
      } else {
        const findings = findingsOf(error);
        setQueue(
          markRefused(snapshot.queue, key, errorMessage(error)),
          findings ? { ...snapshot.findings, [key]: findings } : snapshot.findings,
        );
      }
    } finally {
      inFlight.delete(key);
    }
    flush();
  }

  function flush() {
    if (held || backingOff) return;
    for (const reply of readyToSend(snapshot.queue)) void sendOne(reply.key);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    send(conversationId, message) {
      const key = (options.makeKey ?? (() => crypto.randomUUID()))();
      const queuedAt = (options.now ?? Date.now)();
      setQueue(enqueue(snapshot.queue, { key, conversationId, ...message, queuedAt }));
      flush();
      return key;
    },
    retry(key, body) {
      // The agent asked for it: try now even if the last attempt found the network down.
      held = false;
      stopBackingOff();
      setQueue(retryWith(snapshot.queue, key, body), withoutFindings(key));
      flush();
    },
    discard(key) {
      setQueue(discard(snapshot.queue, key), withoutFindings(key));
    },
    hold() {
      held = true;
      stopBackingOff();
    },
    resume() {
      held = false;
      stopBackingOff();
      failedAttempts = 0;
      flush();
    },
  };
}
