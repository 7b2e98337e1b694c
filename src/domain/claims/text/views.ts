import { isAlnum, isHan, isSeparator } from './charClasses';
import { MappedTextBuilder, codePointAt, type MappedText, type ScratchSlot } from './mappedText';

/**
 * Han view (N8a + N9): separators between two Han characters vanish, repeated Han characters collapse.
 * Returns the input itself when nothing would change, which is the common case.
 */
export function buildHanView(base: MappedText, slot?: ScratchSlot): MappedText {
  if (!needsHanView(base)) return base;
  const { units, starts, ends, length } = base;
  const out = new MappedTextBuilder(length, slot);
  let lastHan = -1;
  let i = 0;
  while (i < length) {
    const unit = units[i];
    const cp = unit < 0xd800 || unit > 0xdbff ? unit : codePointAt(base, i);
    if (lastHan >= 0 && !isHan(cp) && cp !== 10 && isSeparator(cp)) {
      const next = skipSeparators(base, i);
      if (next < length && isHan(codePointAt(base, next))) {
        i = next;
        continue;
      }
    }
    if (isHan(cp)) {
      if (cp === lastHan) {
        out.ends[out.length - 1] = ends[i]; // 最最最 reads as one 最 spanning the whole run
        i++;
        continue;
      }
      lastHan = cp;
    } else {
      lastHan = -1;
    }
    // the Han view is never longer than its input, so the builder never needs to grow here
    out.units[out.length] = units[i];
    out.starts[out.length] = starts[i];
    out.ends[out.length] = ends[i];
    out.length++;
    i++;
  }
  return out.build();
}

function skipSeparators(view: MappedText, from: number): number {
  let k = from;
  while (k < view.length) {
    const cp = codePointAt(view, k);
    if (cp === 10 || !isSeparator(cp)) break;
    k += cp > 0xffff ? 2 : 1;
  }
  return k;
}

function needsHanView(base: MappedText): boolean {
  const { units, length } = base;
  for (let i = 1; i < length; i++) {
    const previous = units[i - 1];
    if (!isHan(previous)) continue;
    const unit = units[i];
    if (unit === previous) return true;
    if (!isHan(unit) && unit !== 10 && isSeparator(codePointAt(base, i))) return true;
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
    if (cp === 10 || (!isSeparator(cp) && !(cp >= 0xdc00 && cp <= 0xdfff))) return false;
  }
  return true;
}
