import { MappedTextBuilder, type MappedText, type ScratchSlot } from './mappedText';
import { EMPTY, normaliseCodePoint, singleUnitCache } from './normaliseChars';
import { SEEN_HAN_CHANGE, SEEN_MASK } from './seenFlags';
import { AT_END, ON_REPEAT, STATE_SHIFT, TRANSITIONS, UNIT_CLASS } from './unitFlags';
import { WriterLog } from './writerLog';

/**
 * A DFA over normalised units in AhoCorasick's layout: rows[row + classOf[unit]] is the next row, plus
 * ENDS_PATTERNS where the target state ends patterns. The writer runs the matcher's automaton while it
 * writes the units.
 */
export interface UnitDfa {
  readonly classOf: Uint16Array;
  readonly rows: Int32Array;
}
/** A flag bit rather than a sign: the next row is one mask away. */
export const ENDS_PATTERNS = 1 << 29;
export const ROW_MASK = ENDS_PATTERNS - 1;

/** Row 0 for every unit: finds nothing. */
const NO_DFA: UnitDfa = { classOf: new Uint16Array(0x10000), rows: new Int32Array(1) };
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/**
 * Per DFA, one int per input unit packing what the hot loop needs from three tables: the normalised unit
 * (bits 0–15), its DFA class (16–25) and its flag-walk class (26–29); one read per character instead of
 * three. 0 means not known yet: the slow path answers and fills the entry. A DFA with more than 1023 classes
 * does not fit, and the writer runs without it (the scan then walks the view itself).
 */
const packedTables = new WeakMap<UnitDfa, Int32Array | null>();
const DFA_CLASS_LIMIT = 1 << 10;

function packedTableOf(dfa: UnitDfa): Int32Array | null {
  let table = packedTables.get(dfa);
  if (table !== undefined) return table;
  const fits = !dfa.classOf.some((cls) => cls >= DFA_CLASS_LIMIT) && !UNIT_CLASS.some((cls) => cls >= 16);
  table = fits ? new Int32Array(0x10000) : null;
  if (table) for (let unit = 0; unit < 0x10000; unit++) table[unit] = entryFor(unit, dfa);
  packedTables.set(dfa, table);
  return table;
}

/**
 * Markdown needs one of these (or a marker on the first line, see visibleMarkdown): the hot loop leaves
 * them to the slow path, which notes them, so plain text can skip looking for markdown at all.
 */
const MARKDOWN_SUSPECT = new Uint8Array(0x80);
for (const c of '*_~`]\n') MARKDOWN_SUSPECT[c.charCodeAt(0)] = 1;
const isMarkdownSuspect = (unit: number) => unit < 0x80 && MARKDOWN_SUSPECT[unit] === 1;

function entryFor(unit: number, dfa: UnitDfa): number {
  const single = singleUnitCache[unit];
  if (single === EMPTY) return EMPTY; // normalises to nothing: no classes needed
  if (single === 0 || isMarkdownSuspect(unit)) return 0; // the slow path answers
  return single | (dfa.classOf[single] << 16) | (UNIT_CLASS[single] << 26);
}

const isLetter = (unit: number) => unit >= 0x61 && unit <= 0x7a;
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
// Module-local aliases: imported bindings cost a getter per read under tsx's CommonJS output.
const cache = singleUnitCache;
const unitClass = UNIT_CLASS;
const transitions = TRANSITIONS;
const onRepeat = ON_REPEAT;

/**
 * Normalises text into a MappedText (N1–N5 per code point, see normaliseChars) and, in the same loop over
 * the written units, runs the flag walk and the matcher's DFA. Most copy is plain text of cached characters,
 * and one pass over it replaces four (normalise, flags, automaton, repeated letters). Input comes in pieces
 * (the visible runs of HTML, single units); a surrogate pair split between two pieces is still one code point.
 */
export class UnitWriter {
  readonly log = new WriterLog();
  private out = new MappedTextBuilder(0);
  private flagState = 0;
  private previous = -1;
  private row = 0;
  private pendingHigh = -1; // a high surrogate ending the last piece, waiting for its low half
  private pendingStart = 0;
  private pendingEnd = 0;

  private requested: UnitDfa = NO_DFA;
  private dfa: UnitDfa = NO_DFA; // the requested one, or NO_DFA when its classes do not fit the packed table
  private packed = packedTableOf(NO_DFA) as Int32Array;
  /** appendString met one of * _ ~ ` ] or a newline (see MARKDOWN_SUSPECT). */
  sawMarkdownSuspect = false;

  start(capacity: number, slot: ScratchSlot, dfa: UnitDfa = NO_DFA): void {
    this.out = new MappedTextBuilder(capacity, slot);
    if (dfa !== this.requested) {
      // the same DFA call after call (one dictionary): the table lookup only when it changes
      const packed = packedTableOf(dfa);
      this.requested = dfa;
      this.dfa = packed ? dfa : NO_DFA;
      this.packed = packed ?? (packedTableOf(NO_DFA) as Int32Array);
    }
    this.log.reset(this.dfa === NO_DFA ? null : this.dfa);
    this.flagState = 0;
    this.previous = -1;
    this.row = 0;
    this.pendingHigh = -1;
    this.sawMarkdownSuspect = false;
  }

  /** text[from, to) as typed, offsets being its indices. */
  appendString(text: string, from: number, to: number): void {
    let i = from;
    if (this.pendingHigh >= 0 && i < to && this.takePending(text.charCodeAt(i), i + 1)) i++;
    while (i < to) {
      i = this.fastRun(text, i, to);
      if (i < to) i = this.slowAt(text, i, to);
    }
  }

  /**
   * The hot loop: emit() inlined for units the packed table answers, with the state in locals. It stops at
   * the first unit it cannot take, or when the buffer is full, and returns that unit's index (slowAt takes it).
   */
  private fastRun(text: string, from: number, to: number): number {
    const { packed, log, out } = this;
    const { rows } = this.dfa;
    const { units, starts, ends } = out;
    // every unit logs at most one entry of each kind, so logs as long as the buffer need no bounds checks
    if (log.capacity < units.length) log.ensure(units.length);
    const { matchRows, matchEnds, runStarts, hanChanges } = log;
    let { matchCount, runCount, hanChangeCount, seen } = log;
    let { flagState, previous, row } = this;
    let w = out.length;
    let i = from;
    // Not text.charCodeAt: that property load sees every kind of string V8 has (literals, concatenations,
    // slices) and turns megamorphic, which makes each character a call. This form compiles inline.
    const codeAt = String.prototype.charCodeAt;
    while (i < to) {
      const entry = packed[codeAt.call(text, i)];
      if (entry === 0 || w === units.length) break;
      i++;
      const single = entry & 0xffff;
      if (single === EMPTY) continue;
      units[w] = single;
      starts[w] = i - 1;
      ends[w] = i;
      const cls = entry >>> 26;
      if (single === previous) {
        const repeat = onRepeat[cls];
        seen |= repeat;
        if (repeat !== 0) hanChanges[hanChangeCount++] = w; // a repeated Han unit
        if (isLetter(single) && (w < 2 || units[w - 2] !== single)) runStarts[runCount++] = w - 1;
      }
      const move = transitions[flagState + cls];
      if ((move & SEEN_HAN_CHANGE) !== 0) hanChanges[hanChangeCount++] = w; // a separator after Han
      seen |= move;
      flagState = move >> STATE_SHIFT;
      previous = single;
      const next = rows[row + ((entry >>> 16) & (DFA_CLASS_LIMIT - 1))];
      row = next & ROW_MASK;
      if (next >= ENDS_PATTERNS) {
        matchRows[matchCount] = row;
        matchEnds[matchCount++] = w;
      }
      w++;
    }
    log.matchCount = matchCount;
    log.runCount = runCount;
    log.hanChangeCount = hanChangeCount;
    log.seen = seen;
    this.flagState = flagState;
    this.previous = previous;
    this.row = row;
    out.length = w;
    return i;
  }

  /** One unit with its original range (a block tag's newline, an entity's units, markdown's output). */
  appendUnit(unit: number, start: number, end: number): void {
    if (this.pendingHigh >= 0 && this.takePending(unit, end)) return;
    if (isHigh(unit)) {
      this.pendingHigh = unit;
      this.pendingStart = start;
      this.pendingEnd = end;
      return;
    }
    const single = cache[unit];
    if (single === 0) this.emitCodePoint(unit, start, end);
    else if (single !== EMPTY) this.emit(single, start, end);
  }

  appendView(view: MappedText): void {
    for (let k = 0; k < view.length; k++) this.appendUnit(view.units[k], view.starts[k], view.ends[k]);
  }

  finish(): MappedText {
    if (this.pendingHigh >= 0) this.takePending(-1, 0);
    this.log.seen = (this.log.seen | AT_END[this.flagState]) & SEEN_MASK;
    return this.out.build();
  }

  /** A unit the cache cannot answer (or a full buffer); returns the index after what it consumed. */
  private slowAt(text: string, i: number, to: number): number {
    if (this.out.length === this.out.units.length) this.out.grow();
    const unit = text.charCodeAt(i);
    if (isMarkdownSuspect(unit)) this.sawMarkdownSuspect = true;
    // a single-unit normalisation the cache learnt on an earlier visit: the hot loop takes it from now on
    else if (this.packed[unit] === 0) this.packed[unit] = entryFor(unit, this.dfa);
    if (isHigh(unit) && i + 1 < to && isLow(text.charCodeAt(i + 1))) {
      this.emitCodePoint(text.codePointAt(i) as number, i, i + 2);
      return i + 2;
    }
    if (isHigh(unit) && i + 1 < to)
      this.emitCodePoint(unit, i, i + 1); // a lone high half
    else this.appendUnit(unit, i, i + 1); // at the end of the piece a high half waits for the next one
    return i + 1;
  }

  /** Resolves the waiting high surrogate against `unit`; true when `unit` was its low half (consumed). */
  private takePending(unit: number, end: number): boolean {
    const high = this.pendingHigh;
    this.pendingHigh = -1;
    if (isLow(unit)) {
      this.emitCodePoint(((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000, this.pendingStart, end);
      return true;
    }
    this.emitCodePoint(high, this.pendingStart, this.pendingEnd);
    return false;
  }

  private emitCodePoint(cp: number, start: number, end: number): void {
    const normalised = normaliseCodePoint(cp);
    for (let k = 0; k < normalised.length; k++) this.emit(normalised.charCodeAt(k), start, end);
  }

  /** One normalised unit: written, then walked by the flags and the DFA. */
  private emit(unit: number, start: number, end: number): void {
    const out = this.out;
    out.push(unit, start, end);
    const w = out.length - 1;
    const log = this.log;
    if (w >= 1 && isSurrogate(unit)) log.surrogateAfterStart = true;
    const cls = unitClass[unit];
    if (unit === this.previous) {
      const repeat = onRepeat[cls];
      log.seen |= repeat;
      if (repeat !== 0) log.hanChange(w);
      else if (isLetter(unit) && (w < 2 || out.units[w - 2] !== unit)) log.letterRun(w - 1);
    }
    const move = transitions[this.flagState + cls];
    if ((move & SEEN_HAN_CHANGE) !== 0) log.hanChange(w);
    log.seen |= move;
    this.flagState = move >> STATE_SHIFT;
    this.previous = unit;
    const next = this.dfa.rows[this.row + this.dfa.classOf[unit]];
    this.row = next & ROW_MASK;
    if (next >= ENDS_PATTERNS) log.match(this.row, w);
  }
}
