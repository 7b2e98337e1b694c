import { BMP_KINDS, KIND_ALNUM, KIND_HAN, KIND_SEPARATOR } from './charClasses';

/**
 * What the per-character loop of normalisation notices about the units it wrote, so the follow-up passes
 * (leetspeak, variants, the Latin-join and Han views) can be skipped outright when their trigger never
 * occurs. One pass of table reads is cheaper than the passes it spares. Each flag is a superset of its
 * pass's trigger: a set flag only means "run the pass", which then decides exactly.
 */
export const SEEN_HAN = 1;
/**
 * A letter right next to a digit, '$' or '@'. Leetspeak only decodes tokens holding a letter and one of
 * 0 3 4 5 7 $ @, and such a token always has a letter beside a non-letter token unit somewhere.
 */
export const SEEN_LEET = 2;
/** A Han unit the variants pass rewrites or keys on: 蕞, 壹, 第. */
export const SEEN_VARIANT_HAN = 4;
/** Three one-character Latin tokens with only separators between: a B.E.S.T run (N8b); 1.7 is no run. */
export const SEEN_JOIN = 8;
/** A Han unit followed by itself, a separator or a surrogate: the only places the Han view differs. */
export const SEEN_HAN_CHANGE = 16;

/**
 * "i" then a Han unit, or "yi": each pinyin rewrite of N6 needs one (zui佳, di一, diyi, weiyi). Leetspeak, which
 * runs first, writes neither an "i", a "y" nor Han, so the flag still holds for the text variants will read.
 */
export const SEEN_PINYIN = 32;

// Private bits of the table.
const LETTER = 64;
const OTHER_TOKEN = 128; // a digit, '$' or '@': with LETTER, the leetspeak token units
const TOKEN_MIX = LETTER | OTHER_TOKEN;
const ALNUM = 256;
const SEEN_MASK = 63;
const I = 0x69;
const Y = 0x79;

export const UNIT_FLAGS: Uint16Array = buildUnitFlags();
/** Separators (never a newline) and surrogates, whose pairs may be separators (emoji): one bit more. */
const SEPARATOR_LIKE: Uint8Array = buildSeparatorLike();

function buildUnitFlags(): Uint16Array {
  const flags = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if ((BMP_KINDS[unit] & KIND_HAN) !== 0) flags[unit] |= SEEN_HAN;
    if ((BMP_KINDS[unit] & KIND_ALNUM) !== 0) flags[unit] |= ALNUM;
  }
  for (let unit = 0x61; unit <= 0x7a; unit++) flags[unit] |= LETTER;
  for (const c of '0123456789$@') flags[c.charCodeAt(0)] |= OTHER_TOKEN;
  for (const c of '蕞壹第') flags[c.charCodeAt(0)] |= SEEN_VARIANT_HAN;
  return flags;
}

function buildSeparatorLike(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff;
    if (surrogate || (unit !== 10 && (BMP_KINDS[unit] & KIND_SEPARATOR) !== 0)) table[unit] = 1;
  }
  return table;
}

/** The SEEN_ flags of units[0, length). */
export function flagsOf(units: Uint16Array, length: number): number {
  let seen = 0;
  let previous = 0;
  let previousUnit = -1;
  let run = 0; // length of the alnum token being read
  let afterSingle = false; // a one-character token, then only separators so far
  let startAfterSingle = false; // the current token began that way
  let chain = 0; // one-character tokens in a row, separators only between them
  for (let k = 0; k < length; k++) {
    const unit = units[k];
    const flags = UNIT_FLAGS[unit];
    seen |= flags;
    if (((previous | flags) & TOKEN_MIX) === TOKEN_MIX) seen |= SEEN_LEET; // each unit is one kind at most
    if ((previous & SEEN_HAN) !== 0 && (unit === previousUnit || SEPARATOR_LIKE[unit] === 1))
      seen |= SEEN_HAN_CHANGE;
    if (previousUnit === I ? (flags & SEEN_HAN) !== 0 : previousUnit === Y && unit === I) seen |= SEEN_PINYIN;
    if ((flags & ALNUM) !== 0) {
      if (run === 0) startAfterSingle = afterSingle;
      run++;
    } else {
      if (run > 0) {
        chain = run === 1 ? (startAfterSingle ? chain + 1 : 1) : 0;
        if (chain >= 3) seen |= SEEN_JOIN;
        afterSingle = run === 1;
      }
      run = 0;
      if (SEPARATOR_LIKE[unit] === 0) afterSingle = false;
    }
    previous = flags;
    previousUnit = unit;
  }
  if (run === 1 && startAfterSingle && chain >= 2) seen |= SEEN_JOIN;
  return seen & SEEN_MASK;
}
