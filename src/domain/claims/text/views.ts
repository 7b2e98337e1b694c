import { BMP_KINDS, KIND_ALNUM, KIND_HAN, KIND_SEPARATOR, isHan, isSeparator } from './charClasses';
import { MappedTextBuilder, type MappedText, type ScratchSlot } from './mappedText';

// Module-local aliases and helpers: these run for every character (see BMP_KINDS for why not the predicates).
const kinds = BMP_KINDS;
const [HAN, SEPARATOR, ALNUM] = [KIND_HAN, KIND_SEPARATOR, KIND_ALNUM];
const hanCp = isHan;
const separatorCp = isSeparator;
const isAlnum = (unit: number) => (kinds[unit] & ALNUM) !== 0;
const isHanCode = (cp: number) => (cp > 0xffff ? hanCp(cp) : (kinds[cp] & HAN) !== 0);
const isSeparatorCode = (cp: number) => (cp > 0xffff ? separatorCp(cp) : (kinds[cp] & SEPARATOR) !== 0);

/** Code point at unit index `i` (surrogate pairs decoded); a local copy of mappedText's, for the same reason. */
function codePointAt(view: MappedText, i: number): number {
  const unit = view.units[i];
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < view.length) {
    const low = view.units[i + 1];
    if (low >= 0xdc00 && low <= 0xdfff) return ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return unit;
}

/** Where the Han view can differ from its base: the writer's log of change points (see WriterLog). */
export interface HanChanges {
  hanChanges: Int32Array;
  hanChangeCount: number;
}

/**
 * Han view (N8a + N9): separators between two Han characters vanish, repeated Han characters collapse.
 * Returns the input itself when nothing would change, which is the common case.
 */
export function buildHanView(base: MappedText, slot?: ScratchSlot): MappedText {
  return needsHanView(base) ? build(base, slot) : base;
}

export interface MappedHanView {
  han: MappedText;
  /** indexMap[i]: the Han-view index of base unit i, or -1 where it vanished (dropped, or merged away). */
  indexMap: Int32Array;
  /**
   * A Han unit merged into the one before dropped separators (最·最): the Han view then joins units that
   * were not neighbours in the base, which the index map alone cannot describe.
   */
  spliced: boolean;
}

/**
 * The Han view when the caller knows it differs and where it may (the writer's change points): the
 * stretches between change points are copied as they are, and the index map is filled.
 */
export function buildHanViewAt(
  base: MappedText,
  changes: HanChanges,
  indexMap: Int32Array,
  slot?: ScratchSlot,
): MappedHanView {
  const han = build(base, slot, changes, indexMap);
  return { han, indexMap, spliced };
}

let spliced = false;

function build(
  base: MappedText,
  slot?: ScratchSlot,
  changes?: HanChanges,
  indexMap?: Int32Array,
): MappedText {
  spliced = false;
  const { units, starts, ends, length } = base;
  const out = new MappedTextBuilder(length, slot);
  // the Han view is never longer than its input, so the builder never needs to grow here
  const { units: outUnits, starts: outStarts, ends: outEnds } = out;
  let w = 0;
  let lastHan = -1;
  let i = 0;
  let logged = 0; // the next change point in `changes`
  let dropped = false; // the unit after dropped separators may still merge with lastHan (最·最)
  while (i < length) {
    if (changes && !dropped) {
      // Between change points this loop only copies (a merge or a drop needs one): copy them in one go.
      while (logged < changes.hanChangeCount && changes.hanChanges[logged] < i) logged++;
      const stop = logged < changes.hanChangeCount ? changes.hanChanges[logged] : length;
      if (stop > i) {
        copyRange(base, i, stop, out, w);
        if (indexMap) for (let k = i; k < stop; k++) indexMap[k] = w + k - i;
        w += stop - i;
        lastHan = (kinds[units[stop - 1]] & HAN) !== 0 ? units[stop - 1] : -1;
        i = stop;
        continue;
      }
    }
    const afterDrop = dropped;
    dropped = false;
    const unit = units[i];
    // surrogate pairs (astral Han, emoji) are rare: classify them by code point, as before
    const kind = unit >= 0xd800 && unit <= 0xdbff ? pairKind(base, i) : kinds[unit];
    if ((kind & HAN) !== 0) {
      if (unit === lastHan) {
        outEnds[w - 1] = ends[i]; // 最最最 reads as one 最 spanning the whole run
        if (afterDrop) spliced = true;
        if (indexMap) indexMap[i] = -1;
        i++;
        continue;
      }
      lastHan = unit;
    } else {
      if (lastHan >= 0 && unit !== 10 && (kind & SEPARATOR) !== 0) {
        const next = skipSeparators(base, i);
        if (next < length && isHanCode(codePointAt(base, next))) {
          if (indexMap) indexMap.fill(-1, i, next);
          i = next;
          dropped = true;
          continue;
        }
      }
      lastHan = -1;
    }
    outUnits[w] = unit;
    outStarts[w] = starts[i];
    outEnds[w] = ends[i];
    if (indexMap) indexMap[i] = w;
    w++;
    i++;
  }
  out.length = w;
  return out.build();
}

/** base[from, to) into out at `at`: typed-array copies for long stretches, a loop for short ones. */
function copyRange(base: MappedText, from: number, to: number, out: MappedTextBuilder, at: number): void {
  if (to - from >= 32) {
    out.units.set(base.units.subarray(from, to), at);
    out.starts.set(base.starts.subarray(from, to), at);
    out.ends.set(base.ends.subarray(from, to), at);
    return;
  }
  for (let k = from, w = at; k < to; k++, w++) {
    out.units[w] = base.units[k];
    out.starts[w] = base.starts[k];
    out.ends[w] = base.ends[k];
  }
}

/** Flags of the code point starting with the high surrogate at `i`; lastHan compares units, never these. */
function pairKind(view: MappedText, i: number): number {
  const cp = codePointAt(view, i);
  return (isHanCode(cp) ? HAN : 0) | (isSeparatorCode(cp) ? SEPARATOR : 0);
}

function skipSeparators(view: MappedText, from: number): number {
  let k = from;
  while (k < view.length) {
    const cp = codePointAt(view, k);
    if (cp === 10 || !isSeparatorCode(cp)) break;
    k += cp > 0xffff ? 2 : 1;
  }
  return k;
}

function needsHanView(base: MappedText): boolean {
  const { units, length } = base;
  let previous = length > 0 ? units[0] : 0;
  for (let i = 1; i < length; i++) {
    const unit = units[i];
    if ((kinds[previous] & HAN) !== 0) {
      if (unit === previous) return true;
      const kind = kinds[unit];
      if ((kind & HAN) === 0 && unit !== 10) {
        if (
          unit >= 0xd800 && unit <= 0xdbff ? isSeparatorCode(codePointAt(base, i)) : (kind & SEPARATOR) !== 0
        )
          return true;
      }
    }
    previous = unit;
  }
  return false;
}

/** Latin view (N8b): runs of ≥3 single-character tokens split only by separators are joined (B.E.S.T). */
export function buildLatinView(base: MappedText, slot?: ScratchSlot): MappedText {
  const dropped = markJoinedSeparators(base);
  if (!dropped) return base;
  const out = new MappedTextBuilder(base.length, slot);
  let w = 0;
  for (let i = 0; i < base.length; i++) {
    if (dropped[i]) continue;
    out.units[w] = base.units[i];
    out.starts[w] = base.starts[i];
    out.ends[w] = base.ends[i];
    w++;
  }
  out.length = w;
  return out.build();
}

/** Marks the separators inside single-character runs, or returns null when there is no such run. */
function markJoinedSeparators(base: MappedText): Uint8Array | null {
  const { units, length } = base;
  let dropped: Uint8Array | null = null;
  let runStart = -1;
  let runCount = 0;
  let lastToken = -1;
  let i = 0;
  while (i <= length) {
    if (i < length && !isAlnum(units[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && isAlnum(units[end])) end++;
    const single = i < length && end - i === 1;
    if (single && runCount > 0 && onlySeparators(base, lastToken + 1, i)) {
      runCount++;
    } else {
      if (runCount >= 3) {
        dropped ??= new Uint8Array(length);
        for (let k = runStart; k < lastToken; k++) if (!isAlnum(units[k])) dropped[k] = 1;
      }
      runCount = single ? 1 : 0;
      runStart = i;
    }
    lastToken = end - 1;
    i = end;
  }
  return dropped;
}

function onlySeparators(view: MappedText, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const cp = codePointAt(view, k);
    if (cp === 10 || (!isSeparatorCode(cp) && !(cp >= 0xdc00 && cp <= 0xdfff))) return false;
  }
  return true;
}
