/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units: one pass over the text finds every occurrence
 * of every pattern, so matching stays linear in the text however many terms the dictionary holds.
 * Built with Maps, then frozen into typed arrays: a unit that occurs in no pattern resets to the root with
 * one table read, and other transitions are one open-addressing hash probe instead of a Map lookup.
 */
const RING = 256;
const isLetter = (u: number) => u >= 0x61 && u <= 0x7a;

export class AhoCorasick {
  readonly patternLengths: number[] = [];
  // search() is synchronous, so one ring per automaton can be reused by every call
  private readonly fedRing = new Int32Array(RING);
  private readonly noRing = new Int32Array(1);
  /** 1 for units that occur in some pattern. */
  private readonly used = new Uint8Array(0x10000);
  private readonly root = new Int32Array(0x10000);
  private readonly fail: Int32Array;
  /** This node if it ends patterns, else the nearest such node on the failure chain, else 0. */
  private readonly firstOutput: Int32Array;
  private readonly nextOutput: Int32Array;
  private readonly outputFrom: Int32Array;
  private readonly outputIds: Int32Array;
  private readonly edgeKeys: Float64Array;
  private readonly edgeTargets: Int32Array;
  private readonly edgeMask: number;
  /** Full DFA rows for ASCII input (failures pre-resolved), where English text spends its time. */
  private readonly asciiDelta: Int32Array;

  constructor(patterns: readonly string[]) {
    const next: Array<Map<number, number>> = [new Map()];
    const outputs: number[][] = [[]];
    patterns.forEach((pattern, id) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        this.used[code] = 1;
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
    const count = next.length;
    this.fail = new Int32Array(count);
    this.firstOutput = new Int32Array(count);
    this.nextOutput = new Int32Array(count);
    const queue: number[] = [...next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [code, child] of next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !next[f].has(code)) f = this.fail[f];
        const target = next[f].get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
    // In breadth-first order a node's failure target (shallower) is always settled before the node.
    for (const node of queue) {
      const failOutput = this.firstOutput[this.fail[node]];
      this.nextOutput[node] = failOutput;
      this.firstOutput[node] = outputs[node].length > 0 ? node : failOutput;
    }
    this.asciiDelta = new Int32Array(count * 128);
    for (const [code, child] of next[0]) if (code < 128) this.asciiDelta[code] = child;
    for (const node of queue) {
      const row = node * 128;
      const failRow = this.fail[node] * 128;
      for (let code = 0; code < 128; code++) this.asciiDelta[row + code] = next[node].get(code) ?? this.asciiDelta[failRow + code];
    }
    this.outputFrom = new Int32Array(count + 1);
    this.outputIds = new Int32Array(patterns.length);
    let written = 0;
    for (let node = 0; node < count; node++) {
      this.outputFrom[node] = written;
      for (const id of outputs[node]) this.outputIds[written++] = id;
    }
    this.outputFrom[count] = written;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.edgeMask = size - 1;
    this.edgeKeys = new Float64Array(size).fill(-1);
    this.edgeTargets = new Int32Array(size);
    next.forEach((edges, node) => {
      for (const [code, child] of edges) {
        if (node === 0) this.root[code] = child;
        else this.storeEdge(node * 0x10000 + code, child);
      }
    });
  }

  private slotOf(key: number): number {
    return (Math.imul(key | 0, 0x9e3779b1) ^ Math.imul((key / 0x10000) | 0, 0x85ebca6b)) & this.edgeMask;
  }

  private storeEdge(key: number, child: number): void {
    let slot = this.slotOf(key);
    while (this.edgeKeys[slot] !== -1) slot = (slot + 1) & this.edgeMask;
    this.edgeKeys[slot] = key;
    this.edgeTargets[slot] = child;
  }

  /**
   * Calls `onMatch(patternId, start, end)` for every occurrence in units[0, length); `end` is exclusive.
   * With `collapseLetters`, a letter equal to the one before it is skipped (N9: beeeest matches best);
   * positions still refer to the uncollapsed units. Returns whether the text repeats a letter anywhere
   * (without which a collapsing search cannot find anything new).
   */
  search(units: Uint16Array, length: number, onMatch: (patternId: number, start: number, end: number) => void, collapseLetters = false): boolean {
    // Locals instead of `this.` lookups: this loop is the hottest code of the checker.
    const { used, firstOutput, nextOutput, outputFrom, outputIds, asciiDelta } = this;
    const lengths = this.patternLengths;
    const fed = collapseLetters ? this.fedRing : this.noRing; // positions of the last units fed to the automaton
    let count = 0;
    let node = 0;
    let previous = -1;
    let repeatsLetter = false;
    for (let i = 0; i < length; i++) {
      const code = units[i];
      if (code === previous && isLetter(code)) {
        repeatsLetter = true;
        if (collapseLetters) continue;
      }
      previous = code;
      if (collapseLetters) {
        fed[count % RING] = i;
        count++;
      }
      if (code < 128) {
        node = asciiDelta[node * 128 + code];
        if (node === 0) continue;
      } else if (used[code] === 0) {
        node = 0;
        continue;
      } else {
        node = this.step(node, code);
      }
      for (let out = firstOutput[node]; out > 0; out = nextOutput[out]) {
        for (let k = outputFrom[out]; k < outputFrom[out + 1]; k++) {
          const id = outputIds[k];
          const size = lengths[id];
          const start = collapseLetters ? (size <= RING ? fed[(count - size) % RING] : -1) : i + 1 - size;
          if (start >= 0) onMatch(id, start, i + 1);
        }
      }
    }
    return repeatsLetter;
  }

  /** Goto with failure links for non-ASCII units, through the edge hash table. */
  private step(from: number, code: number): number {
    const { root, fail, edgeKeys, edgeTargets, edgeMask } = this;
    let node = from;
    while (node !== 0) {
      const key = node * 0x10000 + code;
      let slot = this.slotOf(key);
      let stored = edgeKeys[slot];
      while (stored !== key && stored !== -1) {
        slot = (slot + 1) & edgeMask;
        stored = edgeKeys[slot];
      }
      if (stored === key) return edgeTargets[slot];
      node = fail[node];
    }
    return root[code];
  }
}
