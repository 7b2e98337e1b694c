import { KEEP, type Guard } from './guardTypes';
import { latinWordsOf, startsWithAny, wordsAfter, wordsBefore } from './window';

/** Context checks for English rules and the No.1 family (RULES.md §3, §4). */

const POSSESSIVES = new Set(['our', 'my', 'your', 'their', 'his', 'her', 'its']);

/** R-SUP-EN best: C1 consumer tips and greetings, C2 effort and goal statements. */
export const bestEn: Guard = ({ text, start, end, contexts: c }) => {
  const next = wordsAfter(text, end, 1)[0] ?? '';
  if (c.bestTipFollowersEn.includes(next)) return null;
  const before = wordsBefore(text, start, 4);
  const previous = before[before.length - 1] ?? '';
  if (previous === 'for' && next.startsWith('result')) return null;
  if (POSSESSIVES.has(previous) && c.bestEffortVerbsEn.includes(before[before.length - 2] ?? '')) return null;
  // "strive to be the best", "aim to be our best"
  const toBe = before.lastIndexOf('to');
  if (toBe >= 0 && before[toBe + 1] === 'be' && c.bestGoalVerbsEn.includes(before[toBe - 1] ?? ''))
    return null;
  return KEEP;
};

/** R-SUP-NO1: C5 identifiers (色号No.1, Step 1) and hashtag dates (#1月). */
export const no1: Guard = ({ text, start, end, contexts: c }) => {
  if (text[start] === '#' && startsWithAny(text, end, c.hashtagDateUnits)) return null;
  const before = text.slice(Math.max(0, start - c.no1IdentifierWindow), start);
  const latinWords = latinWordsOf(before);
  const identified = c.no1IdentifierWords.some((word) =>
    /^[a-z]/.test(word) ? latinWords.has(word) : before.includes(word),
  );
  return identified ? null : KEEP;
};

/** R-SUP-UNIQ "the only": the only downside / the only thing I ... describe a drawback. */
export const theOnly: Guard = ({ text, end, contexts: c }) => {
  // "the only thing I'd change": the contraction still starts with the pronoun the list names ("thing i").
  const next = wordsAfter(text, end, 2).map((word) => word.replace(/'(?:d|ve|m|ll|s)$/, ''));
  const one = next[0] ?? '';
  const two = next.join(' ');
  return c.onlyDownsidesEn.includes(one) || c.onlyDownsidesEn.includes(two) ? null : KEEP;
};

/** R-MED-EN cure/treat/heal: only with a disease object within three words (or right before). */
export const medicalVerbEn: Guard = ({ text, start, end, contexts: c }) => {
  const after = wordsAfter(text, end, 3);
  const before = wordsBefore(text, start, 2);
  const phrases = [...after, ...pairs(after), before[before.length - 1] ?? '', before.join(' ')];
  return phrases.some((phrase) => c.diseasesEn.includes(phrase)) ? KEEP : null;
};

function pairs(words: string[]): string[] {
  return words.slice(1).map((word, k) => `${words[k]} ${word}`);
}

/** R-MED-EN antibacterial: body scope, like the Chinese rule. */
export const bodyScopeEn: Guard = ({ hasBodyCue }) => (hasBodyCue() ? KEEP : null);

const COUNT =
  /^\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few)\s+(?:[a-z]+\s+){0,2}left\b/;

/** R-URG "only N left": the span grows to cover the whole phrase. */
export const onlyLeft: Guard = ({ text, end }) => {
  const match = COUNT.exec(text.slice(end, end + 48));
  return match ? { end: end + match[0].length } : null;
};

/** R-ABS-EN "guaranteed to" + verb, except service promises (guaranteed to ship). */
export const guaranteedTo: Guard = ({ text, end, contexts: c }) => {
  const next = wordsAfter(text, end, 2);
  if (next.length === 0) return null;
  return c.guaranteeServiceVerbsEn.includes(next[0]) || c.guaranteeServiceVerbsEn.includes(next.join(' '))
    ? null
    : KEEP;
};

/** R-ABS-EN permanent: a permanent marker or address is not a claim. */
export const permanent: Guard = ({ text, end, contexts: c }) =>
  c.permanentObjectsEn.includes(wordsAfter(text, end, 1)[0] ?? '') ? null : KEEP;
