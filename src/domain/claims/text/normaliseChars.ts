import { isIgnorable } from './charClasses';
import { confusableMap, traditionalToSimplified } from './confusables';

/**
 * N1 NFKC, N2 strip ignorables, N4 confusables (case-sensitive), N3 casefold, N5 traditional → simplified,
 * applied per code point so each output unit keeps the original range of its source. ASCII and common Han
 * take a table-driven fast path (see UnitWriter); everything else goes through String.prototype.normalize.
 */
const HAN_FROM = 0x4e00;
const HAN_TO = 0x9fff;
const simplifiedTable = buildSimplifiedTable();

/**
 * BMP code points whose whole normalisation is a single unit are cached here (0 = not cached yet).
 * ASCII and the common Han block are filled up front; surrogates stay 0, so pairs take the slow path.
 */
export const singleUnitCache = new Uint16Array(0x10000);
/** Normalises to nothing; U+FFFF itself never occurs in text. */
export const EMPTY = 0xffff;
for (let unit = 1; unit < 0x80; unit++)
  singleUnitCache[unit] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
for (let unit = HAN_FROM; unit <= HAN_TO; unit++)
  singleUnitCache[unit] = simplifiedTable[unit - HAN_FROM] || unit;

function buildSimplifiedTable(): Uint16Array {
  const table = new Uint16Array(HAN_TO - HAN_FROM + 1);
  for (const [traditional, simplified] of traditionalToSimplified) {
    const code = traditional.charCodeAt(0);
    if (code >= HAN_FROM && code <= HAN_TO) table[code - HAN_FROM] = simplified.charCodeAt(0);
  }
  return table;
}

/**
 * The normalised units of one code point as a string: '' for an ignorable (N2). Learns single-unit answers
 * into the cache, so the next occurrence takes the fast path.
 */
export function normaliseCodePoint(cp: number): string {
  if (isIgnorable(cp)) return '';
  const cached = cp <= 0xffff ? singleUnitCache[cp] : 0;
  if (cached !== 0) return cached === EMPTY ? '' : String.fromCharCode(cached);
  const normalised = normaliseUncached(cp);
  // never a surrogate: the loops read the cache per unit, and a pair's high half must not hit it
  if (cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff) && normalised.length <= 1)
    singleUnitCache[cp] = normalised.length === 0 ? EMPTY : normalised.charCodeAt(0);
  return normalised;
}

function normaliseUncached(cp: number): string {
  let result = '';
  for (const piece of String.fromCodePoint(cp).normalize('NFKC')) {
    if (isIgnorable(piece.codePointAt(0) as number)) continue;
    const latin = (confusableMap.get(piece) ?? piece).toLowerCase();
    for (const folded of latin) result += traditionalToSimplified.get(folded) ?? folded;
  }
  return result;
}
