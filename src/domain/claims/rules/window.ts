/**
 * Small, bounded looks around a hit. Every context rule reads only a window near the hit, so checking
 * stays linear in the text length.
 */
// Break characters as code-unit tables: these loops run for every hit, a table read beats a Set<string> lookup.
const CLAUSE_BREAKS = breakTable(',。!?;\n，！？；');
const SENTENCE_BREAKS = breakTable('。!?\n！？');
const MAX_REACH = 120;

function breakTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

/** A "." that ends a sentence: followed by a space, a newline or the end of the text. */
function isSentenceDot(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 0x2e) return false;
  const next = text.charCodeAt(k + 1);
  return k + 1 >= text.length || next === 0x20 || next === 0x0a;
}

function isBreak(text: string, k: number, breaks: Uint8Array): boolean {
  return breaks[text.charCodeAt(k)] === 1 || isSentenceDot(text, k);
}

function bounds(text: string, start: number, end: number, breaks: Uint8Array): [number, number] {
  let from = start;
  const lowest = Math.max(0, start - MAX_REACH);
  while (from > lowest && !isBreak(text, from - 1, breaks)) from--;
  let to = end;
  const highest = Math.min(text.length, end + MAX_REACH);
  while (to < highest && !isBreak(text, to, breaks)) to++;
  return [from, to];
}

/** Clause: split on ，,。！？；;\n and a sentence-final "." (RULES.md D1). */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  return bounds(text, start, end, CLAUSE_BREAKS);
}

export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return bounds(text, start, end, SENTENCE_BREAKS);
}

export function startsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((word) => text.startsWith(word, at));
}

export function endsWithAny(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((word) => at - word.length >= 0 && text.startsWith(word, at - word.length));
}

const WORD_REACH = 60;
/** [a-z0-9'], the characters of a Latin word. */
const isWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27;

/**
 * Up to `count` Latin words just before `at` (nearest last), read from the 60 characters before it. Words are
 * runs of [a-z0-9'-] cut by the window's start, without leading and trailing hyphens (a run of hyphens
 * alone is no word). Scans backwards in place: no slice, no regex.
 */
export function wordsBefore(text: string, at: number, count: number): string[] {
  const lowest = Math.max(0, at - WORD_REACH);
  const found: string[] = [];
  let k = at;
  while (k > lowest && found.length < count) {
    while (k > lowest && !isWordOrHyphen(text.charCodeAt(k - 1))) k--;
    let runEnd = k;
    while (k > lowest && isWordOrHyphen(text.charCodeAt(k - 1))) k--;
    let runStart = k;
    while (runStart < runEnd && text.charCodeAt(runStart) === 0x2d) runStart++;
    while (runEnd > runStart && text.charCodeAt(runEnd - 1) === 0x2d) runEnd--;
    if (runEnd > runStart) found.push(text.slice(runStart, runEnd));
  }
  return found.reverse();
}

const isWordOrHyphen = (code: number) => isWordCode(code) || code === 0x2d;

/** Up to `count` Latin words ([a-z0-9']+) in the 60 characters after `at`; hyphens split words (best-before → before). */
export function wordsAfter(text: string, at: number, count: number): string[] {
  const limit = Math.min(text.length, at + WORD_REACH);
  const found: string[] = [];
  let k = at;
  while (found.length < count) {
    while (k < limit && !isWordCode(text.charCodeAt(k))) k++;
    if (k >= limit) break;
    const from = k;
    while (k < limit && isWordCode(text.charCodeAt(k))) k++;
    found.push(text.slice(from, k));
  }
  return found;
}

export function latinWordsOf(slice: string): Set<string> {
  return new Set(slice.match(/[a-z0-9']+/g) ?? []);
}

const HAN_NUMERAL = /[零一二两三四五六七八九十百千万]+[元块折倍度毫克斤升米%分秒天小]/;

/**
 * C4 "a number": Arabic digits, or Chinese numerals followed by a unit (最高可减五十元). A bare 一 is not enough,
 * because 最大的一家 is a ranking, not a spec.
 */
export function hasNumberNear(text: string, from: number, to: number): boolean {
  return hasDigitNear(text, from, to) || HAN_NUMERAL.test(text.slice(from, to));
}

export function hasDigitNear(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
