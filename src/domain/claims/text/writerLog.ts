import type { UnitDfa } from './unitWriter';

const grown = (array: Int32Array) => {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
};

/**
 * What the UnitWriter noticed while writing, so later stages can jump to the few places that matter instead
 * of walking the units again. Valid for the units as written (not after leetspeak or variants rewrote them).
 */
export class WriterLog {
  dfa: UnitDfa | null = null;
  /** The SEEN_ flags of the flag walk (unitFlags.ts). */
  seen = 0;
  /** Where the DFA reached a state that ends patterns: that state's row, and the index of the unit. */
  matchRows = new Int32Array(64);
  matchEnds = new Int32Array(64);
  matchCount = 0;
  /** Index of the first letter of each run of a repeated letter (ee in free), for the collapsed run (N9). */
  runStarts = new Int32Array(64);
  runCount = 0;
  /** Index of each unit where the Han view may change: a repeated Han unit, a separator after Han (N8a, N9). */
  hanChanges = new Int32Array(64);
  hanChangeCount = 0;
  /** A surrogate at index 1 or later (astral text, which the Han-change classifier does not follow). */
  surrogateAfterStart = false;

  /** The length of every log array. */
  get capacity(): number {
    return Math.min(this.matchRows.length, this.runStarts.length, this.hanChanges.length);
  }

  /** Grows every log array to at least `capacity` entries. */
  ensure(capacity: number): void {
    while (this.matchRows.length < capacity) {
      this.matchRows = grown(this.matchRows);
      this.matchEnds = grown(this.matchEnds);
    }
    while (this.runStarts.length < capacity) this.runStarts = grown(this.runStarts);
    while (this.hanChanges.length < capacity) this.hanChanges = grown(this.hanChanges);
  }

  reset(dfa: UnitDfa | null): void {
    this.dfa = dfa;
    this.seen = 0;
    this.matchCount = 0;
    this.runCount = 0;
    this.hanChangeCount = 0;
    this.surrogateAfterStart = false;
  }

  match(row: number, at: number): void {
    if (this.matchCount === this.matchRows.length) {
      this.matchRows = grown(this.matchRows);
      this.matchEnds = grown(this.matchEnds);
    }
    this.matchRows[this.matchCount] = row;
    this.matchEnds[this.matchCount++] = at;
  }

  letterRun(at: number): void {
    if (this.runCount === this.runStarts.length) this.runStarts = grown(this.runStarts);
    this.runStarts[this.runCount++] = at;
  }

  hanChange(at: number): void {
    if (this.hanChangeCount === this.hanChanges.length) this.hanChanges = grown(this.hanChanges);
    this.hanChanges[this.hanChangeCount++] = at;
  }
}
