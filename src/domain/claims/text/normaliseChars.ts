import { isIgnorable } from './charClasses';
import { confusableMap, traditionalToSimplified } from './confusables';
import { MappedTextBuilder, codePointAt, type MappedText, type ScratchSlot } from './mappedText';
import { flagsOf } from './unitFlags';

/**
 * N1 NFKC, N2 strip ignorables, N4 confusables (case-sensitive), N3 casefold, N5 traditional → simplified,
 * applied per code point so each output unit keeps the original range of its source. ASCII and common Han
 * take a table-driven fast path; everything else goes through String.prototype.normalize.
 */
const HAN_FROM = 0x4e00;
const HAN_TO = 0x9fff;
const simplifiedTable = buildSimplifiedTable();

// BMP code points whose whole normalisation is a single unit are cached here (0 = not cached yet).
// ASCII and the common Han block are filled up front; surrogates stay 0, so pairs take the slow path.
const singleUnitCache = new Uint16Array(0x10000);
const EMPTY = 0xffff; // normalises to nothing (an ignorable); U+FFFF itself never occurs in text
for (let unit = 1; unit < 0x80; unit++)
  singleUnitCache[unit] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
for (let unit = HAN_FROM; unit <= HAN_TO; unit++)
  singleUnitCache[unit] = simplifiedTable[unit - HAN_FROM] || unit;
// Module-local aliases: calls to imported functions cost a module getter each under tsx's CommonJS output.
const ignorable = isIgnorable;
const codePointAtView = codePointAt;
const flagsOfUnits = flagsOf;

/** The unitFlags seen by the last normaliseString/normaliseChars call (read right after it returns). */
let lastSeen = 0;
export function lastSeenFlags(): number {
  return lastSeen;
}

function buildSimplifiedTable(): Uint16Array {
  const table = new Uint16Array(HAN_TO - HAN_FROM + 1);
  for (const [traditional, simplified] of traditionalToSimplified) {
    const code = traditional.charCodeAt(0);
    if (code >= HAN_FROM && code <= HAN_TO) table[code - HAN_FROM] = simplified.charCodeAt(0);
  }
  return table;
}

/**
 * Plain text (no markup): reads the string directly, offsets are indices. The loop writes straight into
 * the builder's arrays (no method call per unit): this is where most of the characters pass.
 */
export function normaliseString(text: string, slot?: ScratchSlot): MappedText {
  const length = text.length;
  const out = new MappedTextBuilder(length + 8, slot);
  let { units, starts, ends } = out;
  let w = 0;
  let i = 0;
  while (i < length) {
    if (w === units.length) {
      out.length = w;
      out.grow();
      ({ units, starts, ends } = out);
    }
    const unit = text.charCodeAt(i);
    const single = singleUnitCache[unit];
    if (single !== 0) {
      // a BMP unit seen before, whose normalisation is one unit or nothing: no call, no string
      if (single !== EMPTY) {
        units[w] = single;
        starts[w] = i;
        ends[w] = i + 1;
        w++;
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (!ignorable(cp)) {
      out.length = w;
      pushNormalised(cp, i, i + width, out);
      w = out.length;
      ({ units, starts, ends } = out);
    }
    i += width;
  }
  out.length = w;
  lastSeen = flagsOfUnits(units, w);
  return out.build();
}

export function normaliseChars(visible: MappedText, slot?: ScratchSlot): MappedText {
  const source = visible.units;
  const length = visible.length;
  const out = new MappedTextBuilder(length + 8, slot);
  let { units, starts, ends } = out;
  let w = 0;
  let i = 0;
  while (i < length) {
    if (w === units.length) {
      out.length = w;
      out.grow();
      ({ units, starts, ends } = out);
    }
    const unit = source[i];
    const single = singleUnitCache[unit];
    if (single !== 0) {
      if (single !== EMPTY) {
        units[w] = single;
        starts[w] = visible.starts[i];
        ends[w] = visible.ends[i];
        w++;
      }
      i++;
      continue;
    }
    const cp = codePointAtView(visible, i);
    const width = cp > 0xffff ? 2 : 1;
    if (!ignorable(cp)) {
      out.length = w;
      pushNormalised(cp, visible.starts[i], visible.ends[i + width - 1], out);
      w = out.length;
      ({ units, starts, ends } = out);
    }
    i += width;
  }
  out.length = w;
  lastSeen = flagsOfUnits(units, w);
  return out.build();
}

function pushNormalised(cp: number, start: number, end: number, out: MappedTextBuilder): void {
  const cached = cp <= 0xffff ? singleUnitCache[cp] : 0;
  if (cached !== 0) {
    if (cached !== EMPTY) out.push(cached, start, end);
    return;
  }
  const normalised = normaliseCodePoint(cp);
  // never a surrogate: the loops above read the cache per unit, and a pair's high half must not hit it
  if (cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff) && normalised.length <= 1)
    singleUnitCache[cp] = normalised.length === 0 ? EMPTY : normalised.charCodeAt(0);
  out.pushString(normalised, start, end);
}

function normaliseCodePoint(cp: number): string {
  let result = '';
  for (const piece of String.fromCodePoint(cp).normalize('NFKC')) {
    if (isIgnorable(piece.codePointAt(0) as number)) continue;
    const latin = (confusableMap.get(piece) ?? piece).toLowerCase();
    for (const folded of latin) result += traditionalToSimplified.get(folded) ?? folded;
  }
  return result;
}
