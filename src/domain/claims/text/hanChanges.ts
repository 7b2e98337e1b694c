import { BMP_KINDS, KIND_HAN, KIND_SEPARATOR } from './charClasses';
import type { MappedText } from './mappedText';

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
 * and span followers count as mattering.
 */
export function classifyHanChanges(base: MappedText, shape: HanPatternShape): number {
  const { units, length } = base;
  const { flags, bigrams } = shape;
  let result = HAN_VIEW_SAME;
  let surrogates = false;
  for (let i = 1; i < length; i++) {
    const previous = units[i - 1];
    const unit = units[i];
    if (isSurrogate(unit)) surrogates = true;
    if ((kinds[previous] & HAN) === 0 || unit === 10) continue;
    if (unit === previous) {
      let run = i;
      while (run < length && units[run] === unit) run++;
      const before = i >= 2 ? units[i - 2] : -1;
      const after = run < length ? units[run] : -1;
      if ((flags[unit] & (SINGLE | FOLLOWER)) !== 0 || isSurrogate(after)) return HAN_VIEW_NEEDED;
      if (bigrams.has(before * 0x10000 + unit) || bigrams.has(unit * 0x10000 + after)) return HAN_VIEW_NEEDED;
      if (isSeparatorUnit(after)) return HAN_VIEW_NEEDED; // a separator then Han again: keep it simple
      result = HAN_VIEW_IRRELEVANT;
      i = run - 1;
    } else if (isSurrogate(unit)) {
      return HAN_VIEW_NEEDED;
    } else if (isSeparatorUnit(unit)) {
      let next = i;
      let separatorUsed = false;
      while (next < length && isSeparatorUnit(units[next])) {
        if (flags[units[next]] !== 0) separatorUsed = true;
        next++;
      }
      const after = next < length ? units[next] : 10;
      if (isSurrogate(after)) return HAN_VIEW_NEEDED;
      if ((kinds[after] & HAN) !== 0) {
        if (separatorUsed || (flags[previous] & FOLLOWER) !== 0 || (flags[after] & FOLLOWER) !== 0)
          return HAN_VIEW_NEEDED;
        if (bigrams.has(previous * 0x10000 + after)) return HAN_VIEW_NEEDED;
        result = HAN_VIEW_IRRELEVANT;
      }
      i = next - 1;
    }
  }
  // Astral Han (a surrogate pair) takes part in the Han view too; this classifier does not follow it.
  return result === HAN_VIEW_IRRELEVANT && surrogates ? HAN_VIEW_NEEDED : result;
}
