import type { SpanEntry, TermEntry } from '../dictionary/types';
import { isAlnum } from '../text/charClasses';
import type { MappedText } from '../text/mappedText';
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
 * they had run as separate automata; without one the shared map is exactly the old single run.
 */
export function runAutomaton(
  compiled: CompiledDictionary,
  run: Run,
  view: MappedText,
  state: RunState,
  split: boolean,
): RunResult {
  const { automaton, patterns, isHanPattern } = compiled[run.automaton];
  let longestAtStart: Map<number, Candidate> | undefined;
  let longestHan: Map<number, Candidate> | undefined;
  const repeats = automaton.search(
    view.units,
    view.length,
    (id, start, matchEnd) => {
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
        if (split && isHanPattern[id]) longest = longestHan ??= new Map();
        else longest = longestAtStart ??= new Map();
        const previous = longest.get(key);
        if (!previous || previous.end < end) longest.set(key, { entry: ref.entry, view, start, end });
      }
    },
    run.collapse,
  );
  // Collapsed span forms found by the plain run count only where the collapsed run would have run at all.
  if (repeats && state.pendingSpans.length > 0) state.suppressingSpans.push(...state.pendingSpans);
  state.pendingSpans.length = 0;
  const latinOnly = longestAtStart ? [...longestAtStart.values()] : [];
  const candidates = longestHan ? [...longestHan.values(), ...latinOnly] : latinOnly;
  return { candidates, latinOnly, repeats };
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
