import type { ContextLists } from '../dictionary/contexts';
import type { ClaimCategory, ClaimField } from '../types';
import { clauseAround, latinWordsOf, sentenceAround, startsWithAny, wordsBefore } from './window';

/** D1–D4 of RULES.md §4: when a block hit is softened to warn. */
export interface DowngradeInput {
  text: string;
  start: number;
  end: number;
  term: string;
  category: ClaimCategory;
  field: ClaimField;
  contexts: ContextLists;
}

const YEAR = /(?:19|20)\d{2}/;
const DESIGNATION_REACH = 2;

export function shouldDowngrade(input: DowngradeInput): boolean {
  const { category } = input;
  if (category === 'SUP' || category === 'ABS') {
    if (input.field === 'kol_note' && hasPersonalMarker(input)) return true;
  }
  if (input.term === '国家级' && isOfficialDesignation(input)) return true;
  if (category !== 'SUP') return false;
  return isSelfComparison(input) || isQualifiedFact(input);
}

/** D1: a first-person singular marker in the same clause (我 but not 我们; I, me, my...). */
function hasPersonalMarker({ text, start, end, contexts: c }: DowngradeInput): boolean {
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  const zhMarker = c.personalMarkersZh.some((marker) => {
    for (let k = clause.indexOf(marker); k >= 0; k = clause.indexOf(marker, k + 1)) {
      if (marker !== '我' || clause[k + 1] !== '们') return true;
    }
    return false;
  });
  if (zhMarker) return true;
  const words = latinWordsOf(clause);
  return c.personalMarkersEn.some((marker) => words.has(marker));
}

/** D2: self-comparison within the own range (本店, 旗下, "our best", "in our range"). */
function isSelfComparison({ text, start, end, contexts: c }: DowngradeInput): boolean {
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  if (c.selfComparisonZh.some((marker) => clause.includes(marker))) return true;
  if (wordsBefore(text, start, 2).includes('our')) return true;
  return inOurPhrases(c).some((phrase) => clause.includes(phrase));
}

const inOurCache = new WeakMap<ContextLists, string[]>();

/** "in our range", ... built once per context lists rather than once per hit. */
function inOurPhrases(c: ContextLists): string[] {
  let phrases = inOurCache.get(c);
  if (!phrases) inOurCache.set(c, (phrases = c.selfComparisonPlacesEn.map((place) => `in our ${place}`)));
  return phrases;
}

/** D3 qualified ranking fact (year + named source) and D4 awards (award + year) in the same sentence. */
function isQualifiedFact({ text, start, end, contexts: c }: DowngradeInput): boolean {
  const [from, to] = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  if (!YEAR.test(sentence)) return false;
  if (c.sourceMarkers.some((marker) => sentence.includes(marker))) return true;
  const words = latinWordsOf(sentence);
  return c.awardMarkers.some((marker) =>
    /^[a-z]/.test(marker) ? words.has(marker) : sentence.includes(marker),
  );
}

/** D4: 国家级 followed within 0–2 characters by an official designation (国家级非遗, 国家级高新技术企业). */
function isOfficialDesignation({ text, end, contexts: c }: DowngradeInput): boolean {
  for (let gap = 0; gap <= DESIGNATION_REACH; gap++) {
    if (startsWithAny(text, end + gap, c.nationalDesignations)) return true;
  }
  return false;
}
