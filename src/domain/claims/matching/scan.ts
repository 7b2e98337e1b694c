import type { ClaimDictionary, TermEntry } from '../dictionary/types';
import { isAlnum } from '../text/charClasses';
import { viewString, type MappedText } from '../text/mappedText';
import { completeHanView, type NormalisedViews } from '../text/normalise';
import { collapseMayMatter } from './collapseShape';
import { compileDictionary } from './compile';
import { runAutomaton, type Run, type RunState } from './scanRun';

/** A raw dictionary hit in one view, before any context rule ran. */
export interface Candidate {
  entry: TermEntry;
  view: MappedText;
  start: number;
  end: number;
}

export interface ScanResult {
  candidates: Candidate[];
  /** Original ranges of whitelist and trademark spans (C6, C8). */
  suppressingSpans: Array<[number, number]>;
  /** Whether the text reads as body or cosmetic copy; looked up only when a body-scope rule asks. */
  hasBodyCue: () => boolean;
}

const SEPARATE_RUNS: Run[] = [
  { automaton: 'han', view: 'han', collapse: false },
  { automaton: 'latin', view: 'latin', collapse: false },
  { automaton: 'collapsed', view: 'latin', collapse: true },
];
const SHARED_RUNS: Run[] = [
  { automaton: 'combined', view: 'latin', collapse: false },
  { automaton: 'collapsed', view: 'latin', collapse: true },
];

/** One Aho–Corasick pass per view; boundaries and longest-match are settled here, context later. */
export function scanViews(dictionary: ClaimDictionary, views: NormalisedViews): ScanResult {
  const compiled = compileDictionary(dictionary);
  const state: RunState = { suppressingSpans: [], hanSpans: [], pendingSpans: [], hanPatternFound: false };
  // A deferred scan keeps Han-pattern hits apart, so a redo (below) can replace just those.
  const split = views.hanDeferred === true;
  let repeatsLetter = false;
  // Candidates in run order; appended to in place (flat() and spreads were a visible share of a scan).
  const candidates: Candidate[] = [];
  let latinFound: Candidate[] = [];
  let collapsedFrom = -1; // where the collapsed run's candidates start in `candidates`
  for (const run of views.han === views.latin ? SHARED_RUNS : SEPARATE_RUNS) {
    const view = views[run.view];
    // Collapsing changes nothing without a repeated letter, nor where no pattern could hold the repeated one.
    // The writer's log (when there is one) covers the Latin view as written: matches and letter runs.
    const log = view === views.latin ? views.log : undefined;
    if (run.collapse && !(repeatsLetter && collapseMayMatter(view, compiled.collapseShape, log))) continue;
    if (run.collapse) collapsedFrom = candidates.length;
    const result = runAutomaton(compiled, run, view, state, split, log);
    if (run.view === 'latin') repeatsLetter ||= result.repeats;
    append(candidates, result.candidates);
    if (run.automaton === 'combined') latinFound = result.latinOnly;
  }
  if (split && state.hanPatternFound) {
    // A deferred Han view changes nothing unless a Han pattern occurs; when one does, only the Han run needs
    // redoing: the Latin and collapsed runs read the Latin view, which the completed Han view leaves as it is.
    const complete = completeHanView(views);
    if (complete.han === complete.latin) return scanViews(dictionary, complete);
    const redo: RunState = { suppressingSpans: [], hanSpans: [], pendingSpans: [], hanPatternFound: false };
    const han = runAutomaton(
      compiled,
      SEPARATE_RUNS[0],
      complete.han,
      redo,
      false,
      views.log,
      complete.hanIndex,
    );
    // Same order as the separate runs would give: Han, Latin, then collapsed.
    const redone = han.candidates;
    append(redone, latinFound);
    if (collapsedFrom >= 0)
      for (let k = collapsedFrom; k < candidates.length; k++) redone.push(candidates[k]);
    const spans = redo.suppressingSpans;
    append(spans, state.suppressingSpans);
    return { candidates: redone, suppressingSpans: spans, hasBodyCue: lazyBodyCue(views.latin, dictionary) };
  }
  append(state.suppressingSpans, state.hanSpans);
  return {
    candidates,
    suppressingSpans: state.suppressingSpans,
    hasBodyCue: lazyBodyCue(views.latin, dictionary),
  };
}

function append<T>(into: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) into.push(items[k]);
}

/** Body cues are looked up on the Latin view, where Han text is intact (宝宝 is not collapsed to 宝). */
function lazyBodyCue(latin: MappedText, dictionary: ClaimDictionary): () => boolean {
  let answer: boolean | undefined;
  return () => {
    if (answer === undefined) {
      const text = viewString(latin);
      const { bodyCuesZh, bodyCuesEn } = dictionary.contexts;
      answer =
        bodyCuesZh.some((cue) => text.includes(cue)) || bodyCuesEn.some((cue) => startsWord(text, cue));
    }
    return answer;
  };
}

function startsWord(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (k === 0 || !isAlnum(text.charCodeAt(k - 1))) return true;
  }
  return false;
}
