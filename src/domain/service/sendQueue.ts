/**
 * Replies typed while the connection is down wait here, in order, and are sent once each on
 * reconnect. Each carries an idempotency key made when it was typed, so a send that reached the
 * platform but whose answer was lost is not sent twice: the platform answers the same message again.
 * Pure: the queue is a value, every operation answers a new one.
 */
export type QueuedState = 'pending' | 'sending' | 'failed';

export interface QueuedReply {
  /** The idempotency key, sent with the request. */
  key: string;
  conversationId: string;
  body: string;
  /** Internal notes queue too; they are sent to the same conversation. */
  internal: boolean;
  queuedAt: number;
  state: QueuedState;
  attempts: number;
  /** A message key when the platform refused it (e.g. a banned claim): it stays until the agent acts. */
  error: string | null;
}

export type SendQueue = readonly QueuedReply[];

export const enqueue = (
  queue: SendQueue,
  reply: Pick<QueuedReply, 'key' | 'conversationId' | 'body' | 'internal' | 'queuedAt'>,
): SendQueue =>
  queue.some((queued) => queued.key === reply.key)
    ? queue
    : [...queue, { ...reply, state: 'pending', attempts: 0, error: null }];

/**
 * The replies to send now: per conversation the oldest one, and only when nothing before it in
 * that conversation is in flight or refused, so the buyer reads them in the order they were typed.
 */
export function readyToSend(queue: SendQueue): QueuedReply[] {
  const blocked = new Set<string>();
  const ready: QueuedReply[] = [];
  for (const reply of queue) {
    if (blocked.has(reply.conversationId)) continue;
    blocked.add(reply.conversationId);
    if (reply.state === 'pending') ready.push(reply);
  }
  return ready;
}

const update = (queue: SendQueue, key: string, change: (reply: QueuedReply) => QueuedReply) =>
  queue.map((reply) => (reply.key === key ? change(reply) : reply));

export const markSending = (queue: SendQueue, key: string): SendQueue =>
  update(queue, key, (reply) => ({ ...reply, state: 'sending', attempts: reply.attempts + 1 }));

/** The platform has it: it leaves the queue. */
export const markSent = (queue: SendQueue, key: string): SendQueue =>
  queue.filter((reply) => reply.key !== key);

/** The connection failed mid-send: it goes back to pending and is tried again on the next reconnect. */
export const markInterrupted = (queue: SendQueue, key: string): SendQueue =>
  update(queue, key, (reply) => ({ ...reply, state: 'pending' }));

/** The platform refused it for good: it stays, marked, until the agent edits or discards it. */
export const markRefused = (queue: SendQueue, key: string, error: string): SendQueue =>
  update(queue, key, (reply) => ({ ...reply, state: 'failed', error }));

export const discard = (queue: SendQueue, key: string): SendQueue =>
  queue.filter((reply) => reply.key !== key);

/** A refused reply the agent changed goes back in line at its place. */
export const retryWith = (queue: SendQueue, key: string, body: string): SendQueue =>
  update(queue, key, (reply) => ({ ...reply, body, state: 'pending', error: null }));

export const queuedFor = (queue: SendQueue, conversationId: string) =>
  queue.filter((reply) => reply.conversationId === conversationId);
