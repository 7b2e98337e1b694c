import { activeConversationsOf, pickAtRandom, randomBuyerLine, writeAsBuyer } from './buyerMessages';
import { brandsWithOpenStreams } from './serviceEventStream';

const MIN_PAUSE_MS = 30_000;
const MAX_PAUSE_MS = 60_000;

const nextPause = () => MIN_PAUSE_MS + Math.random() * (MAX_PAUSE_MS - MIN_PAUSE_MS);

/** One buyer of a brand someone here is watching writes; nobody watching, nobody writes. */
export function letOneBuyerWrite(): void {
  const brandId = pickAtRandom(brandsWithOpenStreams());
  if (!brandId) return;
  const conversation = pickAtRandom(activeConversationsOf(brandId));
  if (conversation) writeAsBuyer(conversation, randomBuyerLine());
}

function writeNowAndThen(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      letOneBuyerWrite();
      schedule();
    }, nextPause());
  };
  schedule();
  return () => clearTimeout(timer);
}

/**
 * Demo buyers for the browser: every 30–60 s a buyer writes in a conversation of a brand whose inbox
 * is open in this tab. Every tab shares one platform (changes replicate), so only one tab simulates,
 * or two open tabs would make buyers twice as chatty: the tab holding the Web Lock does, and when it
 * closes the lock passes to another. Returns the function that stops it.
 */
export function startBuyerSimulator(): () => void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return writeNowAndThen();
  const released = new AbortController();
  let stop: (() => void) | undefined;
  locks
    .request('red-buyer-simulator', { signal: released.signal }, () => {
      stop = writeNowAndThen();
      // Held until this tab closes or stops simulating.
      return new Promise<void>((resolve) =>
        released.signal.addEventListener('abort', () => resolve(), { once: true }),
      );
    })
    .catch(() => {
      // Aborted while still waiting for the lock: this tab never simulated, nothing to undo.
    });
  return () => {
    stop?.();
    released.abort();
  };
}
