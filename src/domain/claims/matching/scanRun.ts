import type { SpanEntry, TermEntry } from '../dictionary/types';
import { isAlnum } from '../text/charClasses';
import type { MappedText } from '../text/mappedText';
import type { WriterLog } from '../text/writerLog';
import type { MatchSink } from './ahoCorasick';
import { RULE_KEYS, type AutomatonName, type CompiledDictionary } from './compile';
import type { Candidate } from './scan';

export interface Run {
  automaton: AutomatonName;
  view: 'han' | 'latin';
  collapse: boolean;
}

/** What the runs of one scan share. */
export interface RunState {
  suppressingSpans: Array<[number, number]>;
  /** Spans of Han patterns in a split run, kept apart so a redo of the Han run can drop them. */
  hanSpans: Array<[number, number]>;
  pendingSpans: Array<[number, number]>;
  hanPatternFound: boolean;
}

export interface RunResult {
  candidates: Candidate[];
  /** With `split`, the Latin-pattern candidates alone (then `candidates` holds Han ones first, then these). */
  latinOnly: Candidate[];
  repeats: boolean;
}

/**
 * One automaton over one view. With `split`, Han and Latin patterns keep separate longest-match maps, as if
 * they had run as separate automata; without one the shared map is exactly the old single run. With the
 * writer's `log` of this automaton over this view, its matches are replayed instead of walking the view.
 * With `hanIndex` (the Han run over a completed Han view), `log` is the combined automaton's over the Latin
 * view, and its Han matches are replayed at their Han-view positions (see MappedHanReplay).
 */
export function runAutomaton(
  compiled: CompiledDictionary,
  run: Run,
  view: MappedText,
  state: RunState,
  split: boolean,
  log?: WriterLog,
  hanIndex?: Int32Array,
): RunResult {
  const { automaton } = compiled[run.automaton];
  const sink = collector.begin(compiled, run, view, state, split);
  let repeats: boolean;
  if (log && log.dfa === automaton && !run.collapse) {
    automaton.replay(log.matchRows, log.matchEnds, log.matchCount, sink);
    repeats = log.runCount > 0;
  } else if (log && hanIndex && run.automaton === 'han' && log.dfa === compiled.combined.automaton) {
    const mapped = new MappedHanReplay(sink, hanIndex, compiled.han.patterns.length);
    compiled.combined.automaton.replay(log.matchRows, log.matchEnds, log.matchCount, mapped);
    // the Han view only drops separators and merges Han units: no letter gains or loses a repeat
    repeats = log.runCount > 0;
  } else {
    repeats = automaton.search(view.units, view.length, sink, run.collapse);
  }
  // Collapsed span forms found by the plain run count only where the collapsed run would have run at all.
  if (repeats && state.pendingSpans.length > 0) state.suppressingSpans.push(...state.pendingSpans);
  state.pendingSpans.length = 0;
  const { longestAtStart, longestHan } = sink;
  sink.end();
  const latinOnly: Candidate[] = [];
  if (longestAtStart) for (const candidate of longestAtStart.values()) latinOnly.push(candidate);
  if (!longestHan) return { candidates: latinOnly, latinOnly, repeats };
  const candidates: Candidate[] = [];
  for (const candidate of longestHan.values()) candidates.push(candidate);
  for (const candidate of latinOnly) candidates.push(candidate);
  return { candidates, latinOnly, repeats };
}

/**
 * Turns one run's matches into candidates and suppressing spans. One instance serves every run (runs never
 * nest), which spares a closure and its context per run.
 */
class RunCollector implements MatchSink {
  private compiled!: CompiledDictionary;
  private run!: Run;
  private view!: MappedText;
  private state!: RunState;
  private split = false;
  longestAtStart: Map<number, Candidate> | undefined;
  longestHan: Map<number, Candidate> | undefined;

  begin(compiled: CompiledDictionary, run: Run, view: MappedText, state: RunState, split: boolean): this {
    this.compiled = compiled;
    this.run = run;
    this.view = view;
    this.state = state;
    this.split = split;
    this.longestAtStart = undefined;
    this.longestHan = undefined;
    return this;
  }

  end(): void {
    this.longestAtStart = undefined;
    this.longestHan = undefined;
  }

  onMatch(id: number, start: number, matchEnd: number): void {
    const { run, view, state, split } = this;
    const { automaton, patterns, isHanPattern } = this.compiled[run.automaton];
    const ref = patterns[id];
    if (isHanPattern[id]) state.hanPatternFound = true;
    const end = run.collapse ? extendOverRepeats(view, matchEnd) : matchEnd;
    if (ref.kind === 'span') {
      if (!spanApplies(ref.entry, view, end)) return;
      const spans = ref.onlyIfRepeats
        ? state.pendingSpans
        : split && isHanPattern[id]
          ? state.hanSpans
          : state.suppressingSpans;
      spans.push([view.starts[start], view.ends[end - 1]]);
    } else if (run.collapse && matchEnd - start === automaton.patternLengths[id]) {
      // nothing was collapsed inside this match, so the plain Latin run already found it
    } else if (isHanPattern[id] || fitsWordBoundary(ref.entry, view, start, end)) {
      // Longest match per rule and start: 最低价 over 最低, 最高级 over 最高.
      const key = start * RULE_KEYS + ref.ruleKey;
      let longest: Map<number, Candidate>;
      if (split && isHanPattern[id]) longest = this.longestHan ??= new Map();
      else longest = this.longestAtStart ??= new Map();
      const previous = longest.get(key);
      if (!previous || previous.end < end) longest.set(key, { entry: ref.entry, view, start, end });
    }
  }
}

const collector = new RunCollector();

/**
 * The Han patterns' matches in a deferred Han view, from the combined automaton's matches in the Latin view
 * it was built from. Deferral (HAN_VIEW_IRRELEVANT) means no Han-view match holds a collapsed unit or spans
 * dropped separators, so the Han-view matches are exactly the Latin-view ones that keep all their units,
 * at their new positions, in the same order (combined ids below the Han count are the Han automaton's).
 */
class MappedHanReplay implements MatchSink {
  constructor(
    private readonly target: MatchSink,
    private readonly hanIndex: Int32Array,
    private readonly hanCount: number,
  ) {}

  onMatch(id: number, start: number, end: number): void {
    if (id >= this.hanCount) return;
    const from = this.hanIndex[start];
    const last = this.hanIndex[end - 1];
    // every unit kept, none merged away: the Han view holds the same units in a row
    if (from < 0 || last < 0 || last - from !== end - 1 - start) return;
    this.target.onMatch(id, from, last + 1);
  }
}

/** In the collapsed run, "bestttt" should highlight all its t's, as typed. */
function extendOverRepeats(view: MappedText, end: number): number {
  let k = end;
  while (k < view.length && view.units[k] === view.units[end - 1] && isAlnum(view.units[k])) k++;
  return k;
}

function alnumAt(view: MappedText, k: number): boolean {
  return k >= 0 && k < view.length && isAlnum(view.units[k]);
}

function fitsWordBoundary(entry: TermEntry, view: MappedText, start: number, end: number): boolean {
  if (entry.boundary === 'none') return true;
  if (alnumAt(view, start) && alnumAt(view, start - 1)) return false;
  return !(alnumAt(view, end - 1) && alnumAt(view, end));
}

function spanApplies(entry: SpanEntry, view: MappedText, end: number): boolean {
  if (!entry.notFollowedBy) return true;
  return !entry.notFollowedBy.some((follower) => {
    for (let k = 0; k < follower.length; k++)
      if (view.units[end + k] !== follower.charCodeAt(k)) return false;
    return true;
  });
}
