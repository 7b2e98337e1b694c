import { createParser } from 'eventsource-parser';
import { serviceEventSchema, type ServiceEvent } from '../../api';

/**
 * Reads a text/event-stream body to its end (or until `signal` aborts), handing each valid service event
 * to `onEvent`. Event names are the types and data is JSON; anything that does not match the contract is
 * ignored (a newer platform may send events this console does not know). `onActivity` hears every chunk,
 * comments included: those only prove the line is alive.
 */
export async function readServiceEvents(
  stream: ReadableStream<Uint8Array>,
  onEvent: (event: ServiceEvent) => void,
  onActivity: () => void = () => undefined,
  signal?: AbortSignal,
): Promise<void> {
  const parser = createParser({
    onEvent(message) {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = serviceEventSchema.safeParse({ type: message.event ?? 'message', data });
      if (parsed.success) onEvent(parsed.data);
    },
  });
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  // Aborting the fetch does not end a body already handed over everywhere (mocked fetch, some
  // browsers): cancelling the reader does, so a pending read answers `done` at once.
  const cancel = () => void reader.cancel().catch(() => undefined);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onActivity();
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}
