import type { ClaimDictionary, SpanEntry, TermEntry } from '../dictionary/types';
import { isAlnum } from '../text/charClasses';
import { viewString, type MappedText } from '../text/mappedText';
import { completeHanView, type NormalisedViews } from '../text/normalise';
import { collapseMayMatter } from './collapseShape';
import { RULE_KEYS, compileDictionary, type AutomatonName } from './compile';

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

interface Run {
  automaton: AutomatonName;
  view: 'han' | 'latin';
  collapse: boolean;
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
  const candidates: Candidate[] = [];
  const suppressingSpans: Array<[number, number]> = [];
  let repeatsLetter = false;
  let hanPatternFound = false;
  const pendingSpans: Array<[number, number]> = [];
  for (const run of views.han === views.latin ? SHARED_RUNS : SEPARATE_RUNS) {
    const view = views[run.view];
    // Collapsing changes nothing without a repeated letter, nor where no pattern could hold the repeated one.
    if (run.collapse && !(repeatsLetter && collapseMayMatter(view, compiled.collapseShape))) continue;
    const { units } = view;
    const { automaton, patterns, isHanPattern } = compiled[run.automaton];
    let longestAtStart: Map<number, Candidate> | undefined;
    const repeats = automaton.search(
      units,
      view.length,
      (id, start, matchEnd) => {
        const ref = patterns[id];
        if (isHanPattern[id]) hanPatternFound = true;
        const end = run.collapse ? extendOverRepeats(view, matchEnd) : matchEnd;
        if (ref.kind === 'span') {
          if (!spanApplies(ref.entry, view, end)) return;
          (ref.onlyIfRepeats ? pendingSpans : suppressingSpans).push([view.starts[start], view.ends[end - 1]]);
        } else if (run.collapse && matchEnd - start === automaton.patternLengths[id]) {
          // nothing was collapsed inside this match, so the plain Latin run already found it
        } else if (isHanPattern[id] || fitsWordBoundary(ref.entry, view, start, end)) {
          // Longest match per rule and start: 最低价 over 最低, 最高级 over 最高.
          const key = start * RULE_KEYS + ref.ruleKey;
          longestAtStart ??= new Map();
          const previous = longestAtStart.get(key);
          if (!previous || previous.end < end) longestAtStart.set(key, { entry: ref.entry, view, start, end });
        }
      },
      run.collapse,
    );
    if (run.view === 'latin') repeatsLetter ||= repeats;
    // Collapsed span forms found by the plain run count only where the collapsed run would have run at all.
    if (repeats && pendingSpans.length > 0) suppressingSpans.push(...pendingSpans);
    pendingSpans.length = 0;
    if (longestAtStart) candidates.push(...longestAtStart.values());
  }
  // A deferred Han view changes nothing unless a Han pattern occurs; when one does, redo the scan with it.
  if (views.hanDeferred && hanPatternFound) return scanViews(dictionary, completeHanView(views));
  return { candidates, suppressingSpans, hasBodyCue: lazyBodyCue(views.latin, dictionary) };
}

/** Body cues are looked up on the Latin view, where Han text is intact (宝宝 is not collapsed to 宝). */
function lazyBodyCue(latin: MappedText, dictionary: ClaimDictionary): () => boolean {
  let answer: boolean | undefined;
  return () => {
    if (answer === undefined) {
      const text = viewString(latin);
      const { bodyCuesZh, bodyCuesEn } = dictionary.contexts;
      answer = bodyCuesZh.some((cue) => text.includes(cue)) || bodyCuesEn.some((cue) => startsWord(text, cue));
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
    for (let k = 0; k < follower.length; k++) if (view.units[end + k] !== follower.charCodeAt(k)) return false;
    return true;
  });
}
