import type { MappedText } from '../text/mappedText';

/**
 * What the collapsed automaton's patterns look like around each character, so the collapsed run (N9,
 * beeeest → best) can be skipped when no repeated letter in the text could take part in a match. English
 * copy nearly always repeats some letter (cool, free, all), but rarely next to the neighbours a pattern needs.
 */
export interface CollapseShape {
  /** 1 for letters that are a whole pattern on their own. */
  singles: Uint8Array;
  /** x·y for patterns starting xy, p·x for patterns ending px, p·x·y for pxy anywhere inside a pattern. */
  firstPairs: Set<number>;
  lastPairs: Set<number>;
  triples: Set<number>;
  /** A span ending in a digit: extending over repeated digits (span11) is not covered by the pairs. */
  always: boolean;
}

const pair = (a: number, b: number) => a * 0x10000 + b;
const triple = (a: number, b: number, c: number) => a * 0x100000000 + b * 0x10000 + c;
const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;

export function buildCollapseShape(patterns: readonly string[], isSpan: readonly boolean[]): CollapseShape {
  const shape: CollapseShape = {
    singles: new Uint8Array(0x10000),
    firstPairs: new Set(),
    lastPairs: new Set(),
    triples: new Set(),
    always: false,
  };
  patterns.forEach((pattern, id) => {
    const codes = Array.from(pattern, (c) => c.charCodeAt(0));
    const n = codes.length;
    if (n === 1) shape.singles[codes[0]] = 1;
    if (n >= 2) {
      shape.firstPairs.add(pair(codes[0], codes[1]));
      shape.lastPairs.add(pair(codes[n - 2], codes[n - 1]));
    }
    for (let k = 1; k + 1 < n; k++) shape.triples.add(triple(codes[k - 1], codes[k], codes[k + 1]));
    if (isSpan[id] && n > 0 && isDigit(codes[n - 1])) shape.always = true;
  });
  return shape;
}

/**
 * Whether the collapsed run could find anything the plain run did not: only a match holding a collapsed
 * letter x (the first of a run xx…) is new, and such a pattern is x alone, starts xy, ends px or holds pxy,
 * where p and y are x's neighbours once the run is collapsed.
 */
export function collapseMayMatter(view: MappedText, shape: CollapseShape): boolean {
  if (shape.always) return true;
  const { units, length } = view;
  const { singles, firstPairs, lastPairs, triples } = shape;
  let i = 1;
  while (i < length) {
    const x = units[i];
    if (x !== units[i - 1] || !isLetter(x)) {
      i++;
      continue;
    }
    const runStart = i - 1;
    while (i < length && units[i] === x) i++;
    if (singles[x] === 1) return true;
    const p = runStart > 0 ? units[runStart - 1] : -1;
    const y = i < length ? units[i] : -1;
    if (y >= 0 && firstPairs.has(pair(x, y))) return true;
    if (p >= 0 && lastPairs.has(pair(p, x))) return true;
    if (p >= 0 && y >= 0 && triples.has(triple(p, x, y))) return true;
  }
  return false;
}
