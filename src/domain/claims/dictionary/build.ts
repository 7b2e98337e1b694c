import type { ClaimCategory, Severity } from '../types';
import type { GuardId, TermEntry } from './types';

/** Small constructors so the data files read like the rule tables they copy. */
export function zh(
  ruleId: string,
  category: ClaimCategory,
  severity: Severity,
  term: string,
  surfaces: readonly string[] = [term],
  guard?: GuardId,
): TermEntry {
  return { term, ruleId, category, severity, lang: 'zh', surfaces, guard };
}

export function en(
  ruleId: string,
  category: ClaimCategory,
  severity: Severity,
  term: string,
  surfaces: readonly string[] = [term],
  extra: Partial<Pick<TermEntry, 'boundary' | 'collapse' | 'guard'>> = {},
): TermEntry {
  return { term, ruleId, category, severity, lang: 'en', surfaces, ...extra };
}

/** Each listed term as its own canonical entry. */
export function each(make: (term: string) => TermEntry, terms: readonly string[]): TermEntry[] {
  return terms.map((term) => make(term));
}
