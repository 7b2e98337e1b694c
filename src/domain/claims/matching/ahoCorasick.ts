/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units: one pass over the text finds every occurrence
 * of every pattern, so matching stays linear in the text however many terms the dictionary holds.
 * Built with Maps, then frozen into one dense DFA (failures pre-resolved): every unit costs one class read
 * and one table read. Classes are the 128 ASCII units, one per non-ASCII unit some pattern uses (a few
 * hundred Han characters), and one for every other unit, whose column sends each state back to the root.
 */
const RING = 256;
const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;

export class AhoCorasick {
  readonly patternLengths: number[] = [];
  // search() is synchronous, so one ring per automaton can be reused by every call
  private readonly fedRing = new Int32Array(RING);
  /** Column of each code unit in {@link rows}. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly width: number;
  /**
   * The transition table: for (state row, class), the next state's row (node * width), failures already
   * followed; negated where that state ends patterns.
   */
  private readonly rows: Int32Array;
  /** This node if it ends patterns, else the nearest such node on the failure chain, else 0. */
  private readonly firstOutput: Int32Array;
  private readonly nextOutput: Int32Array;
  private readonly outputFrom: Int32Array;
  private readonly outputIds: Int32Array;

  constructor(patterns: readonly string[]) {
    const next: Array<Map<number, number>> = [new Map()];
    const outputs: number[][] = [[]];
    const wide: number[] = [];
    for (let unit = 0; unit < 128; unit++) this.classOf[unit] = unit;
    patterns.forEach((pattern, id) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        if (code >= 128 && this.classOf[code] === 0) {
          wide.push(code);
          this.classOf[code] = 127 + wide.length;
        }
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
    const unused = 128 + wide.length; // an all-zero column: units in no pattern reset to the root
    for (let unit = 128; unit < 0x10000; unit++) if (this.classOf[unit] === 0) this.classOf[unit] = unused;
    this.width = unused + 1;
    const alphabet = [...Array.from({ length: 128 }, (_v, unit) => unit), ...wide];
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
      alphabet.forEach((code, column) => {
        delta[row + column] = next[node].get(code) ?? delta[failRow + column];
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
    // Row offsets instead of node numbers (no multiply per unit), negative where the target ends patterns, so
    // the common step (no output) is one read and one sign test.
    this.rows = new Int32Array(delta.length);
    for (let cell = 0; cell < delta.length; cell++) {
      const target = delta[cell];
      this.rows[cell] = this.firstOutput[target] > 0 ? -target * this.width : target * this.width;
    }
  }

  /**
   * Calls `onMatch(patternId, start, end)` for every occurrence in units[0, length); `end` is exclusive.
   * With `collapseLetters`, a letter equal to the one before it is skipped (N9: beeeest matches best);
   * positions still refer to the uncollapsed units. Returns whether the text repeats a letter anywhere
   * (without which a collapsing search cannot find anything new).
   */
  search(
    units: Uint16Array,
    length: number,
    onMatch: (patternId: number, start: number, end: number) => void,
    collapseLetters = false,
  ): boolean {
    return collapseLetters
      ? this.searchCollapsed(units, length, onMatch)
      : this.searchPlain(units, length, onMatch);
  }

  /** The plain run, kept free of the collapsing branches: most scans are this one. */
  private searchPlain(
    units: Uint16Array,
    length: number,
    onMatch: (patternId: number, start: number, end: number) => void,
  ): boolean {
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
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next;
      this.report((row / width) | 0, i, null, 0, onMatch);
    }
    return repeatsLetter;
  }

  private searchCollapsed(
    units: Uint16Array,
    length: number,
    onMatch: (patternId: number, start: number, end: number) => void,
  ): boolean {
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
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next;
      this.report((row / width) | 0, i, fed, count, onMatch);
    }
    return repeatsLetter;
  }

  /** Every pattern ending at unit i in state `node`; with `fed`, starts come from the collapsed positions. */
  private report(
    node: number,
    i: number,
    fed: Int32Array | null,
    count: number,
    onMatch: (patternId: number, start: number, end: number) => void,
  ): void {
    const { firstOutput, nextOutput, outputFrom, outputIds, patternLengths } = this;
    for (let out = firstOutput[node]; out > 0; out = nextOutput[out]) {
      for (let k = outputFrom[out]; k < outputFrom[out + 1]; k++) {
        const id = outputIds[k];
        const size = patternLengths[id];
        const start = fed ? (size <= RING ? fed[(count - size) % RING] : -1) : i + 1 - size;
        if (start >= 0) onMatch(id, start, i + 1);
      }
    }
  }
}
