import { useMemo, useSyncExternalStore } from 'react';
import type { FieldFindings } from '../../api';
import { queuedFor, type QueuedReply, type SendQueue } from '../../domain/service';
import type { OutboxSnapshot } from './outbox';
import { useLiveContext } from './LiveContext';

export interface OutboxApi {
  queue: SendQueue;
  /** Banned-claim findings of refused replies, by key (from the platform's 422). */
  findings: Readonly<Record<string, FieldFindings>>;
  /** Queues a reply or note (key = crypto.randomUUID()), tries it at once when possible; answers the key. */
  send(conversationId: string, message: { body: string; internal: boolean }): string;
  retry(key: string, body: string): void;
  discard(key: string): void;
}

const noSubscription = () => () => undefined;
const empty: OutboxSnapshot = { queue: [], findings: {} };

function useOutboxSnapshot(): OutboxSnapshot {
  const outbox = useLiveContext()?.outbox;
  return useSyncExternalStore(
    outbox ? outbox.subscribe : noSubscription,
    outbox ? outbox.getSnapshot : () => empty,
  );
}

export function useOutbox(): OutboxApi {
  const outbox = useLiveContext()?.outbox;
  const { queue, findings } = useOutboxSnapshot();
  return useMemo(
    () => ({
      queue,
      findings,
      // Outside the provider nothing is sent; the key still lets the caller track its request.
      send: (conversationId, message) => outbox?.send(conversationId, message) ?? crypto.randomUUID(),
      retry: (key, body) => outbox?.retry(key, body),
      discard: (key) => outbox?.discard(key),
    }),
    [outbox, queue, findings],
  );
}

/** The replies of one conversation not yet confirmed by the platform, in the order they were typed. */
export function useQueuedReplies(conversationId: string): QueuedReply[] {
  const { queue } = useOutboxSnapshot();
  return useMemo(() => queuedFor(queue, conversationId), [queue, conversationId]);
}
