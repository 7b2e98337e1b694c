/** Character classes used by the normalisation steps (RULES.md §2). Code-point based. */

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ebef)
  );
}

export function isLatinLetter(cp: number): boolean {
  return cp >= 0x61 && cp <= 0x7a; // views are lowercased before this is asked
}

export function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

export function isAlnum(cp: number): boolean {
  return isLatinLetter(cp) || isDigit(cp);
}

/** N2: default-ignorable code points, stripped so they cannot hide inside a term. */
export function isIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    cp === 0x20e3 ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

const ASCII_SEPARATORS = ' \t\r\f\v.*-_/|~+^=`\'"#@';
const OTHER_SEPARATORS = new Set([0xb7, 0x30fb, 0x2022, 0x2219, 0xa0, 0x3000, 0x2002, 0x2003, 0x2009]);
const SYMBOL = /^[\p{So}\p{Sk}\p{Cf}\p{Mn}\p{Me}\p{Zs}]$/u;

/** Bit flags of {@link BMP_KINDS}. */
export const KIND_HAN = 1;
export const KIND_SEPARATOR = 2;
export const KIND_ALNUM = 4;

/**
 * One byte of flags per BMP code unit, computed once at load (a few ms). Hot loops read this table instead
 * of calling the predicates: a table read costs less than a call, and under tsx/esbuild's CommonJS output
 * every call to an imported function also goes through a module getter. Surrogates have no flags.
 */
export const BMP_KINDS: Uint8Array = buildKinds();

function buildKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const sep = cp < 0x80 ? ASCII_SEPARATORS.includes(String.fromCharCode(cp)) : classifySeparator(cp);
    kinds[cp] = (isHan(cp) ? KIND_HAN : 0) | (sep ? KIND_SEPARATOR : 0) | (isAlnum(cp) ? KIND_ALNUM : 0);
  }
  return kinds;
}

/**
 * N8: characters that may sit inside an evasion (`最·佳`, `b_e_s_t`, `顶🔝级`). Newlines never count:
 * block tags and lines are real boundaries. Chinese sentence punctuation is not a separator either.
 */
export function isSeparator(cp: number): boolean {
  return cp > 0xffff ? classifySeparator(cp) : (BMP_KINDS[cp] & KIND_SEPARATOR) !== 0;
}

function classifySeparator(cp: number): boolean {
  if (OTHER_SEPARATORS.has(cp)) return true;
  if ((cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff))
    return true;
  if (isHan(cp) || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  return SYMBOL.test(String.fromCodePoint(cp));
}
