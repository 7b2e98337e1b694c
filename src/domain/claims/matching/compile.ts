import type { ClaimDictionary, SpanEntry, TermEntry } from '../dictionary/types';
import { buildHanPatternShape, type HanPatternShape } from '../text/hanChanges';
import { viewString } from '../text/mappedText';
import { collapseRepeatedLetters, normalise } from '../text/normalise';
import { AhoCorasick } from './ahoCorasick';
import { buildCollapseShape, type CollapseShape } from './collapseShape';

/**
 * 'collapsed' runs over the Latin view with repeated letters skipped (N9). 'combined' holds the Han and
 * Latin patterns together, for the common case where both views are the same text (one pass instead of two).
 */
export type AutomatonName = 'han' | 'latin' | 'collapsed' | 'combined';

/** ruleKey numbers the ruleIds, so "longest match per rule and start" can use a numeric key. */
/**
 * `onlyIfRepeats` marks the collapsed form of a span (wildebeest → wildebest) placed in the plain automaton as
 * well: the collapsed run would find it whenever the text repeats any letter, and this way the collapsed run
 * can be skipped when no repeated letter could matter (see collapseShape).
 */
export type PatternRef =
  | { kind: 'term'; entry: TermEntry; ruleKey: number }
  | { kind: 'span'; entry: SpanEntry; onlyIfRepeats?: boolean };

export const RULE_KEYS = 4096;

export interface CompiledAutomaton {
  automaton: AhoCorasick;
  patterns: PatternRef[];
  /** Han patterns need no word boundary. */
  isHanPattern: boolean[];
  /** 1 for term patterns (not whitelist spans), for the fast path's "any term at all?" question. */
  isTermPattern: Uint8Array;
}

export type CompiledDictionary = Record<AutomatonName, CompiledAutomaton> & {
  /** What the Han patterns use, so normalise() can tell when building the Han view cannot alter a match. */
  hanShape: HanPatternShape;
  /** The same for the collapsed run: which repeated letters could take part in a collapsed match. */
  collapseShape: CollapseShape;
};

const cache = new WeakMap<ClaimDictionary, CompiledDictionary>();

/** Builds the automata once per dictionary object; later calls reuse them. */
export function compileDictionary(dictionary: ClaimDictionary): CompiledDictionary {
  let compiled = cache.get(dictionary);
  if (!compiled) {
    compiled = build(dictionary);
    cache.set(dictionary, compiled);
  }
  return compiled;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function build(dictionary: ClaimDictionary): CompiledDictionary {
  const lists: Record<AutomatonName, { texts: string[]; patterns: PatternRef[] }> = {
    han: { texts: [], patterns: [] },
    latin: { texts: [], patterns: [] },
    collapsed: { texts: [], patterns: [] },
    combined: { texts: [], patterns: [] },
  };
  const add = (name: AutomatonName, text: string, ref: PatternRef) => {
    if (text.length === 0) return;
    lists[name].texts.push(text);
    lists[name].patterns.push(ref);
  };
  // Surfaces go through the same pipeline as the text, so a moderator may type them in any form.
  const addNormalised = (raw: string, ref: PatternRef, collapse: boolean) => {
    const views = normalise(raw);
    const han = viewString(views.han);
    if (HAN.test(han)) {
      add('han', han, ref);
      return;
    }
    const latin = viewString(views.latin);
    add('latin', latin, ref);
    if (!collapse) return;
    const collapsed = collapseRepeatedLetters(latin);
    add('collapsed', collapsed, ref);
    if (ref.kind === 'span' && collapsed !== latin) add('latin', collapsed, { ...ref, onlyIfRepeats: true });
  };
  const ruleKeys = new Map<string, number>();
  for (const entry of dictionary.terms) {
    const ruleKey = ruleKeys.get(entry.ruleId) ?? ruleKeys.size % RULE_KEYS;
    ruleKeys.set(entry.ruleId, ruleKey);
    for (const surface of entry.surfaces)
      addNormalised(surface, { kind: 'term', entry, ruleKey }, entry.collapse === true);
  }
  for (const entry of [...dictionary.whitelist, ...dictionary.trademarks]) {
    addNormalised(entry.span, { kind: 'span', entry }, true);
  }
  lists.combined.texts = [...lists.han.texts, ...lists.latin.texts];
  lists.combined.patterns = [...lists.han.patterns, ...lists.latin.patterns];
  const hanCount = lists.han.texts.length;
  const compile = (name: AutomatonName): CompiledAutomaton => ({
    automaton: new AhoCorasick(lists[name].texts),
    patterns: lists[name].patterns,
    isHanPattern: lists[name].patterns.map(
      (_ref, id) => name === 'han' || (name === 'combined' && id < hanCount),
    ),
    isTermPattern: Uint8Array.from(lists[name].patterns, (ref) => (ref.kind === 'term' ? 1 : 0)),
  });
  const followers = [...dictionary.whitelist, ...dictionary.trademarks].flatMap(
    (entry) => entry.notFollowedBy ?? [],
  );
  const hanShape = buildHanPatternShape(lists.han.texts, followers);
  const collapseShape = buildCollapseShape(
    lists.collapsed.texts,
    lists.collapsed.patterns.map((ref) => ref.kind === 'span'),
  );
  return {
    han: compile('han'),
    latin: compile('latin'),
    collapsed: compile('collapsed'),
    combined: compile('combined'),
    hanShape,
    collapseShape,
  };
}
