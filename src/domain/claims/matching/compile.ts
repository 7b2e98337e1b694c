import type { ClaimDictionary, SpanEntry, TermEntry } from '../dictionary/types';
import { viewString } from '../text/mappedText';
import { collapseRepeatedLetters, normalise } from '../text/normalise';
import { AhoCorasick } from './ahoCorasick';

/**
 * 'collapsed' runs over the Latin view with repeated letters skipped (N9). 'combined' holds the Han and
 * Latin patterns together, for the common case where both views are the same text (one pass instead of two).
 */
export type AutomatonName = 'han' | 'latin' | 'collapsed' | 'combined';

/** ruleKey numbers the ruleIds, so "longest match per rule and start" can use a numeric key. */
export type PatternRef = { kind: 'term'; entry: TermEntry; ruleKey: number } | { kind: 'span'; entry: SpanEntry };

export const RULE_KEYS = 4096;

export interface CompiledAutomaton {
  automaton: AhoCorasick;
  patterns: PatternRef[];
  /** Han patterns need no word boundary. */
  isHanPattern: boolean[];
  /** 1 for term patterns (not whitelist spans), for the fast path's "any term at all?" question. */
  isTermPattern: Uint8Array;
}

export type CompiledDictionary = Record<AutomatonName, CompiledAutomaton>;

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
    if (collapse) add('collapsed', collapseRepeatedLetters(latin), ref);
  };
  const ruleKeys = new Map<string, number>();
  for (const entry of dictionary.terms) {
    const ruleKey = ruleKeys.get(entry.ruleId) ?? ruleKeys.size % RULE_KEYS;
    ruleKeys.set(entry.ruleId, ruleKey);
    for (const surface of entry.surfaces) addNormalised(surface, { kind: 'term', entry, ruleKey }, entry.collapse === true);
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
    isHanPattern: lists[name].patterns.map((_ref, id) => name === 'han' || (name === 'combined' && id < hanCount)),
    isTermPattern: Uint8Array.from(lists[name].patterns, (ref) => (ref.kind === 'term' ? 1 : 0)),
  });
  return { han: compile('han'), latin: compile('latin'), collapsed: compile('collapsed'), combined: compile('combined') };
}
