/** Character classes used by the normalisation steps (RULES.md §2). Code-point based. */

export function isHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ebef);
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
  return cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x115f || cp === 0x1160 || cp === 0x17b4 ||
    cp === 0x17b5 || (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || cp === 0xffa0 || cp === 0x20e3 ||
    (cp >= 0xe0000 && cp <= 0xe0fff);
}

const ASCII_SEPARATOR_TABLE = new Uint8Array(0x80);
for (const c of " \t\r\f\v.*-_/|~+^=`'\"#@") ASCII_SEPARATOR_TABLE[c.charCodeAt(0)] = 1;
const ASCII_SEPARATORS = { has: (cp: number) => ASCII_SEPARATOR_TABLE[cp] === 1 };
const OTHER_SEPARATORS = new Set([0xb7, 0x30fb, 0x2022, 0x2219, 0xa0, 0x3000, 0x2002, 0x2003, 0x2009]);
const SYMBOL = /^[\p{So}\p{Sk}\p{Cf}\p{Mn}\p{Me}\p{Zs}]$/u;
// 0 = not yet classified, 1 = no, 2 = yes; filled lazily, so each BMP code point is classified once.
const bmpSeparator = new Uint8Array(0x10000);

/**
 * N8: characters that may sit inside an evasion (`最·佳`, `b_e_s_t`, `顶🔝级`). Newlines never count:
 * block tags and lines are real boundaries. Chinese sentence punctuation is not a separator either.
 */
export function isSeparator(cp: number): boolean {
  if (cp < 0x80) return ASCII_SEPARATORS.has(cp);
  if (cp > 0xffff) return classifySeparator(cp);
  let known = bmpSeparator[cp];
  if (known === 0) {
    known = classifySeparator(cp) ? 2 : 1;
    bmpSeparator[cp] = known;
  }
  return known === 2;
}

function classifySeparator(cp: number): boolean {
  if (OTHER_SEPARATORS.has(cp)) return true;
  if ((cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff)) return true;
  if (isHan(cp) || (cp >= 0xd800 && cp <= 0xdfff)) return false;
  return SYMBOL.test(String.fromCodePoint(cp));
}
