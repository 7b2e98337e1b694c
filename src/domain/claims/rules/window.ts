/**
 * Small, bounded looks around a hit. Every context rule reads only a window near the hit, so checking
 * stays linear in the text length.
 */
const CLAUSE_BREAKS = new Set([',', '。', '!', '?', ';', '\n', '，', '！', '？', '；']);
const SENTENCE_BREAKS = new Set(['。', '!', '?', '\n', '！', '？']);
const MAX_REACH = 120;

function isSentenceDot(text: string, k: number): boolean {
  if (text[k] !== '.') return false;
  const next = text[k + 1];
  return next === undefined || next === ' ' || next === '\n';
}

function bounds(text: string, start: number, end: number, breaks: Set<string>): [number, number] {
  let from = start;
  const lowest = Math.max(0, start - MAX_REACH);
  while (from > lowest && !breaks.has(text[from - 1]) && !isSentenceDot(text, from - 1)) from--;
  let to = end;
  const highest = Math.min(text.length, end + MAX_REACH);
  while (to < highest && !breaks.has(text[to]) && !isSentenceDot(text, to)) to++;
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

const WORD = /[a-z0-9'][a-z0-9'-]*/g;

function words(slice: string): string[] {
  return (slice.match(WORD) ?? []).map((word) => word.replace(/^-+|-+$/g, ''));
}

/** Up to `count` Latin words just before `at` (nearest last). */
export function wordsBefore(text: string, at: number, count: number): string[] {
  return words(text.slice(Math.max(0, at - 60), at)).slice(-count);
}

/** Up to `count` Latin words just after `at`; hyphens split words here (best-before → before). */
export function wordsAfter(text: string, at: number, count: number): string[] {
  return (text.slice(at, at + 60).match(/[a-z0-9']+/g) ?? []).slice(0, count);
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
