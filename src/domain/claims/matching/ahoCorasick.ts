import { ENDS_PATTERNS, ROW_MASK } from '../text/unitWriter';

/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units: one pass over the text finds every occurrence
 * of every pattern, so matching stays linear in the text however many terms the dictionary holds.
 * Built with Maps, then frozen into one dense DFA (failures pre-resolved): every unit costs one class read
 * and one table read. Class 0 holds every unit no pattern uses (its column sends each state back to the
 * root); then one class per unit some pattern uses, ASCII first, so a Latin state's columns share a few cache
 * lines (the table is megabytes, and English text walks many Latin states).
 */
const RING = 256;
const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;

/** Receives the matches; an object rather than a callback, so a scan can reuse one instead of a closure. */
export interface MatchSink {
  onMatch(patternId: number, start: number, end: number): void;
}

export class AhoCorasick {
  readonly patternLengths: number[] = [];
  // search() is synchronous, so one ring per automaton can be reused by every call
  private readonly fedRing = new Int32Array(RING);
  /** Column of each code unit in {@link rows}. */
  readonly classOf = new Uint16Array(0x10000);
  private readonly width: number;
  /**
   * The transition table: for (state row, class), the next state's row (node * width), failures already
   * followed; plus ENDS_PATTERNS where that state ends patterns.
   */
  readonly rows: Int32Array;
  /** This node if it ends patterns, else the nearest such node on the failure chain, else 0. */
  private readonly firstOutput: Int32Array;
  private readonly nextOutput: Int32Array;
  private readonly outputFrom: Int32Array;
  private readonly outputIds: Int32Array;

  constructor(patterns: readonly string[]) {
    const next: Array<Map<number, number>> = [new Map()];
    const outputs: number[][] = [[]];
    const used = new Set<number>();
    patterns.forEach((pattern, id) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        used.add(code);
        let child = next[node].get(code);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          outputs.push([]);
          next[node].set(code, child);
        }
        node = child;
      }
      outputs[node].push(id);
      this.patternLengths[id] = pattern.length;
    });
    const ascii = [...used].filter((code) => code < 128).sort((a, b) => a - b);
    const alphabet = [...ascii, ...[...used].filter((code) => code >= 128)];
    alphabet.forEach((code, k) => (this.classOf[code] = k + 1));
    this.width = alphabet.length + 1;
    const count = next.length;
    const fail = new Int32Array(count);
    this.firstOutput = new Int32Array(count);
    this.nextOutput = new Int32Array(count);
    const queue: number[] = [...next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [code, child] of next[node]) {
        let f = fail[node];
        while (f !== 0 && !next[f].has(code)) f = fail[f];
        const target = next[f].get(code);
        fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
    // In breadth-first order a node's failure target (shallower) is always settled before the node.
    // delta[node * width + class]: the next node; turned into `rows` below
    const delta = new Int32Array(count * this.width);
    for (const [code, child] of next[0]) delta[this.classOf[code]] = child;
    for (const node of queue) {
      const failOutput = this.firstOutput[fail[node]];
      this.nextOutput[node] = failOutput;
      this.firstOutput[node] = outputs[node].length > 0 ? node : failOutput;
      const row = node * this.width;
      const failRow = fail[node] * this.width;
      alphabet.forEach((code, k) => {
        delta[row + k + 1] = next[node].get(code) ?? delta[failRow + k + 1];
      });
    }
    this.outputFrom = new Int32Array(count + 1);
    this.outputIds = new Int32Array(patterns.length);
    let written = 0;
    for (let node = 0; node < count; node++) {
      this.outputFrom[node] = written;
      for (const id of outputs[node]) this.outputIds[written++] = id;
    }
    this.outputFrom[count] = written;
    // Row offsets instead of node numbers (no multiply per unit), with ENDS_PATTERNS set where the target ends
    // patterns, so the common step (no output) is one read and one mask.
    if (delta.length > ROW_MASK)
      throw new RangeError('dictionary too large: the automaton would exceed 2^29 cells');
    this.rows = new Int32Array(delta.length);
    for (let cell = 0; cell < delta.length; cell++) {
      const target = delta[cell];
      this.rows[cell] = target * this.width + (this.firstOutput[target] > 0 ? ENDS_PATTERNS : 0);
    }
  }

  /**
   * Calls `sink.onMatch(patternId, start, end)` for every occurrence in units[0, length); `end` is exclusive.
   * With `collapseLetters`, a letter equal to the one before it is skipped (N9: beeeest matches best);
   * positions still refer to the uncollapsed units. Returns whether the text repeats a letter anywhere
   * (without which a collapsing search cannot find anything new).
   */
  search(units: Uint16Array, length: number, sink: MatchSink, collapseLetters = false): boolean {
    return collapseLetters
      ? this.searchCollapsed(units, length, sink)
      : this.searchPlain(units, length, sink);
  }

  /**
   * What searchPlain would report, from a log of this automaton's steps taken elsewhere (the UnitWriter runs
   * `rows` while it writes the units): the row of each state that ends patterns and the unit's index.
   */
  replay(matchRows: Int32Array, matchEnds: Int32Array, count: number, sink: MatchSink): void {
    for (let k = 0; k < count; k++) this.report((matchRows[k] / this.width) | 0, matchEnds[k], null, 0, sink);
  }

  /** The plain run, kept free of the collapsing branches: most scans are this one. */
  private searchPlain(units: Uint16Array, length: number, sink: MatchSink): boolean {
    // Locals instead of `this.` lookups: this loop is the hottest code of the checker.
    const { classOf, rows, width } = this;
    let row = 0;
    let previous = -1;
    let repeatsLetter = false;
    for (let i = 0; i < length; i++) {
      const code = units[i];
      if (code === previous && isLetter(code)) repeatsLetter = true;
      previous = code;
      const next = rows[row + classOf[code]];
      row = next & ROW_MASK;
      if (next >= ENDS_PATTERNS) this.report((row / width) | 0, i, null, 0, sink);
    }
    return repeatsLetter;
  }

  private searchCollapsed(units: Uint16Array, length: number, sink: MatchSink): boolean {
    const { classOf, rows, width } = this;
    const fed = this.fedRing; // positions of the last units fed to the automaton
    let count = 0;
    let row = 0;
    let previous = -1;
    let repeatsLetter = false;
    for (let i = 0; i < length; i++) {
      const code = units[i];
      if (code === previous && isLetter(code)) {
        repeatsLetter = true;
        continue;
      }
      previous = code;
      fed[count % RING] = i;
      count++;
      const next = rows[row + classOf[code]];
      row = next & ROW_MASK;
      if (next >= ENDS_PATTERNS) this.report((row / width) | 0, i, fed, count, sink);
    }
    return repeatsLetter;
  }

  /** Every pattern ending at unit i in state `node`; with `fed`, starts come from the collapsed positions. */
  private report(node: number, i: number, fed: Int32Array | null, count: number, sink: MatchSink): void {
    const { firstOutput, nextOutput, outputFrom, outputIds, patternLengths } = this;
    for (let out = firstOutput[node]; out > 0; out = nextOutput[out]) {
      for (let k = outputFrom[out]; k < outputFrom[out + 1]; k++) {
        const id = outputIds[k];
        const size = patternLengths[id];
        const start = fed ? (size <= RING ? fed[(count - size) % RING] : -1) : i + 1 - size;
        if (start >= 0) sink.onMatch(id, start, i + 1);
      }
    }
  }
}
