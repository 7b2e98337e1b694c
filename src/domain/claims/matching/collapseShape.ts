import type { MappedText } from '../text/mappedText';

/**
 * Where the collapsed automaton's patterns could sit around each repeated letter, so the collapsed run (N9,
 * beeeest → best) can be skipped when no repeated letter in the text takes part in a match. English copy
 * nearly always repeats some letter (all, barrier, free), but almost never inside a pattern occurrence.
 */
export interface CollapseShape {
  /** 1 for letters that are a whole pattern on their own. */
  singles: Uint8Array;
  /**
   * Patterns keyed by the letter x at one of their positions and its neighbours: x·y for position 0 (pattern
   * starts xy), p·x for the last position (ends px), p·x·y for an inner one. Keys stay small integers (a Map
   * hashes those fastest); the triple key may collide, which is harmless: each anchor is checked in full.
   */
  firstPairs: Map<number, Anchor[]>;
  lastPairs: Map<number, Anchor[]>;
  triples: Map<number, Anchor[]>;
  /** A span ending in a digit: extending over repeated digits (span11) is not covered by the anchors. */
  always: boolean;
}

/** A pattern and the position in it where the repeated letter would sit. */
interface Anchor {
  codes: Uint16Array;
  at: number;
}

// x is a letter (below 0x80): x first keeps every key below 2^30.
const pair = (x: number, neighbour: number) => x * 0x10000 + neighbour;
const triple = (p: number, x: number, y: number) => x * 0x400000 + (p & 0x7ff) * 0x800 + (y & 0x7ff);
const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;
const isDigit = (u: number) => u >= 0x30 && u <= 0x39;

function addAnchor(into: Map<number, Anchor[]>, key: number, anchor: Anchor): void {
  const list = into.get(key);
  if (list) list.push(anchor);
  else into.set(key, [anchor]);
}

export function buildCollapseShape(patterns: readonly string[], isSpan: readonly boolean[]): CollapseShape {
  const shape: CollapseShape = {
    singles: new Uint8Array(0x10000),
    firstPairs: new Map(),
    lastPairs: new Map(),
    triples: new Map(),
    always: false,
  };
  patterns.forEach((pattern, id) => {
    const codes = Uint16Array.from(pattern, (c) => c.charCodeAt(0));
    const n = codes.length;
    if (n === 1) shape.singles[codes[0]] = 1;
    // only a letter can be the repeated one, so only letters anchor
    if (n >= 2 && isLetter(codes[0])) addAnchor(shape.firstPairs, pair(codes[0], codes[1]), { codes, at: 0 });
    if (n >= 2 && isLetter(codes[n - 1]))
      addAnchor(shape.lastPairs, pair(codes[n - 1], codes[n - 2]), { codes, at: n - 1 });
    for (let k = 1; k + 1 < n; k++)
      if (isLetter(codes[k]))
        addAnchor(shape.triples, triple(codes[k - 1], codes[k], codes[k + 1]), { codes, at: k });
    if (isSpan[id] && n > 0 && isDigit(codes[n - 1])) shape.always = true;
  });
  return shape;
}

/**
 * Whether the collapsed run could find anything the plain run did not: only a match holding a collapsed
 * letter x (the first of a run xx…) is new. Such a pattern is x alone, or holds x next to x's neighbours p
 * and y (once the run is collapsed); each pattern so keyed is then compared in full with the collapsed text
 * around the run. Patterns are short, so the check stays linear in the text. With `runs` (the UnitWriter's
 * log of where letter runs start in this view) only those are looked at, instead of walking the view.
 */
export function collapseMayMatter(
  view: MappedText,
  shape: CollapseShape,
  runs?: { runStarts: Int32Array; runCount: number },
): boolean {
  if (shape.always) return true;
  const { units, length } = view;
  if (runs) {
    for (let k = 0; k < runs.runCount; k++)
      if (runMatters(units, length, runs.runStarts[k], shape)) return true;
    return false;
  }
  let i = 1;
  while (i < length) {
    const x = units[i];
    if (x !== units[i - 1] || !isLetter(x)) {
      i++;
      continue;
    }
    if (runMatters(units, length, i - 1, shape)) return true;
    while (i < length && units[i] === x) i++;
  }
  return false;
}

/** The check for the run of the letter at runStart (which the next unit repeats). */
function runMatters(units: Uint16Array, length: number, runStart: number, shape: CollapseShape): boolean {
  const x = units[runStart];
  let runEnd = runStart + 1;
  while (runEnd < length && units[runEnd] === x) runEnd++;
  if (shape.singles[x] === 1) return true;
  const p = runStart > 0 ? units[runStart - 1] : -1;
  const y = runEnd < length ? units[runEnd] : -1;
  const { firstPairs, lastPairs, triples } = shape;
  if (y >= 0 && anyFits(firstPairs.get(pair(x, y)), units, length, runStart, runEnd)) return true;
  if (p >= 0 && anyFits(lastPairs.get(pair(x, p)), units, length, runStart, runEnd)) return true;
  return p >= 0 && y >= 0 && anyFits(triples.get(triple(p, x, y)), units, length, runStart, runEnd);
}

function anyFits(
  anchors: Anchor[] | undefined,
  units: Uint16Array,
  length: number,
  runStart: number,
  runEnd: number,
): boolean {
  if (anchors === undefined) return false;
  for (const anchor of anchors) if (fits(anchor, units, length, runStart, runEnd)) return true;
  return false;
}

/**
 * Whether the text, read as the collapsed run reads it (a letter equal to the unit before it is skipped),
 * holds the anchor's pattern with its position `at` on the run [runStart, runEnd).
 */
function fits(anchor: Anchor, units: Uint16Array, length: number, runStart: number, runEnd: number): boolean {
  const { codes, at } = anchor;
  let k = runEnd;
  for (let m = at + 1; m < codes.length; m++) {
    if (k >= length || units[k] !== codes[m]) return false;
    const code = units[k++];
    if (isLetter(code)) while (k < length && units[k] === code) k++;
  }
  k = runStart - 1;
  for (let m = at - 1; m >= 0; m--) {
    if (k < 0 || units[k] !== codes[m]) return false;
    const code = units[k--];
    if (isLetter(code)) while (k >= 0 && units[k] === code) k--;
  }
  return true;
}
