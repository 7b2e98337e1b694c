import type { Message, OrderCard, ProductCard } from '../../../../src/api';
import { toDataUrl } from '../../../lib/dataUrl';
import { plainPng } from '../../../lib/placeholderArt';
import type { Random } from '../random';
import { HOUR_MS, MINUTE_MS, iso } from './clock';
import type { Buyer, Staff } from './people';
import type { ScriptStep } from './scripts';

/** One line of a thread before it has a time: a script step, the brand's greeting, or a new session. */
export type ThreadStep = ScriptStep | { by: 'auto'; text: string };

export interface Session {
  steps: ThreadStep[];
}

export interface ThreadParty {
  conversationId: string;
  brandId: string;
  buyer: Buyer;
  staff: Staff;
  /** The buyer's orders as cards, newest first; order steps are left out when there are none. */
  orderCards: OrderCard[];
  productCards: ProductCard[];
}

let photos: string[] | undefined;
/** Buyers' photos: small flat PNGs, made once (a data: URL, so the console shows them with no file server). */
const photoUrls = () =>
  (photos ??= (
    [
      [214, 196, 180],
      [190, 210, 220],
      [230, 200, 205],
    ] as const
  ).map((colour) => toDataUrl(plainPng(320, 240, colour), 'image/png')));

/** How long after the previous line a step comes: buyers take minutes, agents mostly answer within 3. */
function gapBefore(step: ThreadStep, previous: ThreadStep, random: Random): number {
  if (step.by === 'auto') return 2_000;
  if (step.by === 'note') return random.int(20, 120) * 1_000;
  if (step.by === 'agent')
    return previous.by === 'agent'
      ? random.int(5, 40) * 1_000
      : random.int(20, random.next() < 0.8 ? 170 : 900) * 1_000;
  return previous.by === 'buyer' ? random.int(10, 90) * 1_000 : random.int(2, 30) * MINUTE_MS;
}

/**
 * Times for the sessions' steps, counted back from `endAt` (the last step): sessions of a long-running
 * conversation lie `sessionGapHours` apart. Pass `lastGaps` to pin the final gaps exactly (newest last).
 */
export function timeSessions(
  sessions: Session[],
  endAt: number,
  random: Random,
  sessionGapHours: [number, number] = [6, 18],
  lastGaps: number[] = [],
): number[] {
  const steps = sessions.flatMap((session) => session.steps);
  const sessionStarts = new Set<number>();
  let count = 0;
  for (const session of sessions) {
    sessionStarts.add(count);
    count += session.steps.length;
  }
  const times = new Array<number>(steps.length);
  let at = endAt;
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    times[index] = at;
    if (index === 0) break;
    const pinned = lastGaps[lastGaps.length - (steps.length - 1 - index) - 1];
    const gap = sessionStarts.has(index)
      ? random.int(sessionGapHours[0] * 60, sessionGapHours[1] * 60) * MINUTE_MS
      : gapBefore(steps[index], steps[index - 1], random);
    at -= pinned ?? Math.min(gap, 12 * HOUR_MS);
  }
  return times;
}

/** The messages of a thread: ids `msg-<brand>-<conversation number>-<n>`, oldest first. */
export function writeThread(
  party: ThreadParty,
  steps: ThreadStep[],
  times: number[],
  random: Random,
): Message[] {
  const prefix = party.conversationId.replace('conv-', 'msg-');
  const messages: Message[] = [];
  steps.forEach((step, index) => {
    const base = {
      conversationId: party.conversationId,
      brandId: party.brandId,
      internal: step.by === 'note',
      imageUrl: null,
      product: null,
      order: null,
      createdAt: iso(times[index]),
      idempotencyKey: null,
      body: 'text' in step ? step.text : '',
      kind: 'text' as const,
    };
    const author =
      step.by === 'buyer'
        ? { author: 'buyer' as const, authorId: party.buyer.id, authorName: party.buyer.name }
        : step.by === 'auto'
          ? { author: 'auto' as const, authorId: null, authorName: '自动回复 / Auto-reply' }
          : { author: 'agent' as const, authorId: party.staff.id, authorName: party.staff.name };
    const id = `${prefix}-${String(messages.length + 1).padStart(4, '0')}`;
    if (!('card' in step)) return messages.push({ ...base, ...author, id });
    if (step.card === 'order') {
      const order = party.orderCards[0];
      if (order) messages.push({ ...base, ...author, id, kind: 'order', order });
      return;
    }
    if (step.card === 'product')
      return messages.push({
        ...base,
        ...author,
        id,
        kind: 'product',
        product: random.pick(party.productCards),
      });
    messages.push({ ...base, ...author, id, kind: 'image', imageUrl: random.pick(photoUrls()) });
  });
  return messages;
}
