import { DataSet, RegExpMatcher, englishRecommendedTransformers, parseRawPattern } from 'obscenity';
import { checkClaims, defaultDictionary, type ClaimField, type Verdict } from '../src/domain/claims';

/** The three matchers compared side by side; each answers a verdict for a text. */
export interface BenchMatcher {
  name: string;
  verdict: (text: string, field?: string) => Verdict;
}

/** The canonical terms of RULES.md §5, as the dictionary reports them. */
export const canonicalTerms: string[] = [...new Set(defaultDictionary.terms.map((entry) => entry.term))];

export const ourMatcher: BenchMatcher = {
  name: 'checkClaims (ours)',
  verdict: (text, field) => checkClaims(text, { field: field as ClaimField | undefined }).verdict,
};

function obscenityMatcher(): BenchMatcher {
  const dataset = new DataSet<{ term: string }>();
  for (const term of canonicalTerms) {
    // obscenity's pattern syntax reserves [ ] ? | and backslash
    const escaped = term.replace(/[[\]?|\\]/g, (c) => `\\${c}`);
    dataset.addPhrase((phrase) => phrase.setMetadata({ term }).addPattern(parseRawPattern(escaped)));
  }
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return { name: 'obscenity RegExpMatcher', verdict: (text) => (matcher.hasMatch(text) ? 'block' : 'pass') };
}

export const naiveMatcher: BenchMatcher = {
  name: 'naive substring',
  verdict: (text) => {
    const lower = text.toLowerCase();
    return canonicalTerms.some((term) => lower.includes(term)) ? 'block' : 'pass';
  },
};

export function allMatchers(): BenchMatcher[] {
  return [ourMatcher, obscenityMatcher(), naiveMatcher];
}
