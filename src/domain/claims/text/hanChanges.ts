import { BMP_KINDS, KIND_HAN, KIND_SEPARATOR } from './charClasses';
import type { MappedText } from './mappedText';
import type { WriterLog } from './writerLog';

/** What building the Han view would change, from the cheapest answer to the most expensive. */
export const HAN_VIEW_SAME = 0;
/** It changes only where no Han pattern (or span follower) could match differently. */
export const HAN_VIEW_IRRELEVANT = 1;
export const HAN_VIEW_NEEDED = 2;

/** Which characters and neighbour pairs the Han patterns use, to judge a change point without matching. */
export interface HanPatternShape {
  /** Per unit: USED (in some Han pattern), SINGLE (a one-character pattern), FOLLOWER (in a span's follower). */
  flags: Uint8Array;
  /** a * 0x10000 + b for every adjacent pair ab inside a Han pattern. */
  bigrams: Set<number>;
}
const USED = 1;
const SINGLE = 2;
const FOLLOWER = 4;

export function buildHanPatternShape(
  patterns: readonly string[],
  followers: readonly string[],
): HanPatternShape {
  const flags = new Uint8Array(0x10000);
  const bigrams = new Set<number>();
  for (const pattern of patterns) {
    if (pattern.length === 1) flags[pattern.charCodeAt(0)] |= SINGLE;
    for (let k = 0; k < pattern.length; k++) {
      flags[pattern.charCodeAt(k)] |= USED;
      if (k > 0) bigrams.add(pattern.charCodeAt(k - 1) * 0x10000 + pattern.charCodeAt(k));
    }
  }
  for (const follower of followers)
    for (let k = 0; k < follower.length; k++) flags[follower.charCodeAt(k)] |= FOLLOWER;
  return { flags, bigrams };
}

const kinds = BMP_KINDS; // module-local: imported bindings cost a getter per read under tsx's CommonJS output
const [HAN, SEPARATOR] = [KIND_HAN, KIND_SEPARATOR];
const isSeparatorUnit = (unit: number) => unit !== 10 && (kinds[unit] & (HAN | SEPARATOR)) === SEPARATOR;
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/**
 * Classifies the Han view's change points (N9 repeated Han, N8a separators between Han). A Han-view match can
 * differ from a base match only if it holds a collapsed character X (so the pattern is X alone or holds the
 * pair X with its neighbour P before or Y after) or spans dropped separators between A and B (the pattern
 * holds AB, or uses a separator). 淡淡 (42% of the bench corpus) usually matters to no pattern. Surrogates
 * and span followers count as mattering. With the writer's `log` of where the change points are, only those
 * are visited.
 */
export function classifyHanChanges(base: MappedText, shape: HanPatternShape, log?: WriterLog): number {
  const { units, length } = base;
  let result = HAN_VIEW_SAME;
  let logged = 0;
  let i = 1;
  for (;;) {
    let at: number;
    if (log) {
      while (logged < log.hanChangeCount && log.hanChanges[logged] < i) logged++;
      at = logged < log.hanChangeCount ? log.hanChanges[logged] : length;
    } else {
      at = nextChangePoint(units, length, i);
    }
    if (at >= length) break;
    const verdict = judgeChangePoint(units, length, at, shape);
    if (verdict === HAN_VIEW_NEEDED) return verdict;
    if (verdict === HAN_VIEW_IRRELEVANT) result = verdict;
    i = resumeAt;
  }
  if (result !== HAN_VIEW_IRRELEVANT) return result;
  // Astral Han (a surrogate pair) takes part in the Han view too; this classifier does not follow it.
  const surrogates = log ? log.surrogateAfterStart : hasSurrogateAfterStart(units, length);
  return surrogates ? HAN_VIEW_NEEDED : result;
}

/** The first index from `from` where units[i - 1] is Han and units[i] repeats it or is a separator. */
function nextChangePoint(units: Uint16Array, length: number, from: number): number {
  for (let i = from; i < length; i++) {
    const previous = units[i - 1];
    const unit = units[i];
    if ((kinds[previous] & HAN) === 0 || unit === 10) continue;
    if (unit === previous || isSurrogate(unit) || isSeparatorUnit(unit)) return i;
  }
  return length;
}

function hasSurrogateAfterStart(units: Uint16Array, length: number): boolean {
  for (let i = 1; i < length; i++) if (isSurrogate(units[i])) return true;
  return false;
}

/** Where the walk goes on after judgeChangePoint: past the run of repeats or separators it looked at. */
let resumeAt = 0;

/** The change point at i (units[i - 1] is Han): what it does to the Han view; sets resumeAt. */
function judgeChangePoint(units: Uint16Array, length: number, i: number, shape: HanPatternShape): number {
  const { flags, bigrams } = shape;
  const previous = units[i - 1];
  const unit = units[i];
  if (unit === previous) {
    let run = i;
    while (run < length && units[run] === unit) run++;
    const before = i >= 2 ? units[i - 2] : -1;
    const after = run < length ? units[run] : -1;
    if ((flags[unit] & (SINGLE | FOLLOWER)) !== 0 || isSurrogate(after)) return HAN_VIEW_NEEDED;
    if (bigrams.has(before * 0x10000 + unit) || bigrams.has(unit * 0x10000 + after)) return HAN_VIEW_NEEDED;
    if (isSeparatorUnit(after)) return HAN_VIEW_NEEDED; // a separator then Han again: keep it simple
    resumeAt = run;
    return HAN_VIEW_IRRELEVANT;
  }
  if (isSurrogate(unit)) return HAN_VIEW_NEEDED;
  let next = i;
  let separatorUsed = false;
  while (next < length && isSeparatorUnit(units[next])) {
    if (flags[units[next]] !== 0) separatorUsed = true;
    next++;
  }
  resumeAt = next;
  const after = next < length ? units[next] : 10;
  if (isSurrogate(after)) return HAN_VIEW_NEEDED;
  if ((kinds[after] & HAN) === 0) return HAN_VIEW_SAME;
  if (separatorUsed || (flags[previous] & FOLLOWER) !== 0 || (flags[after] & FOLLOWER) !== 0)
    return HAN_VIEW_NEEDED;
  return bigrams.has(previous * 0x10000 + after) ? HAN_VIEW_NEEDED : HAN_VIEW_IRRELEVANT;
}
