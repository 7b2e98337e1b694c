import { defaultDictionary } from './dictionary';
import type { ClaimDictionary } from './dictionary/types';
import { compileDictionary } from './matching/compile';
import { scanViews } from './matching/scan';
import { evaluateCandidates } from './rules/evaluate';
import { resolveHits, verdictOf } from './rules/resolve';
import { normalise } from './text/normalise';
import type { ClaimField, ClaimReport, Finding } from './types';

export interface CheckOptions {
  /** Which field the text is for; only kol_note allows the personal-opinion downgrade (D1). */
  field?: ClaimField;
  dictionary?: ClaimDictionary;
}

/** Checks one text against the banned-claims rules (RULES.md §0): normalise, match, suppress, downgrade. */
export function checkClaims(text: string, options: CheckOptions = {}): ClaimReport {
  const dictionary = options.dictionary ?? defaultDictionary;
  const field = options.field ?? 'product_description';
  // Compile first: compiling normalises the surfaces, which reuses the scratch buffers of normalise().
  const { hanShape, combined } = compileDictionary(dictionary);
  // The combined automaton runs inside the normalisation loop: plain copy is walked once, not twice.
  const scan = scanViews(dictionary, normalise(text, hanShape, combined.automaton));
  if (scan.candidates.length === 0)
    return { verdict: 'pass', findings: [], dictionaryVersion: dictionary.version };
  const hits = resolveHits(evaluateCandidates(scan, dictionary, field));
  // An explicit literal (same key order as Hit) instead of a spread: this runs for most descriptions.
  const findings: Finding[] = hits.map((hit) => ({
    term: hit.term,
    ruleId: hit.ruleId,
    category: hit.category,
    severity: hit.severity,
    start: hit.start,
    end: hit.end,
    messageKey: messageKeyOf(hit.ruleId),
    suggestionKey: suggestionKeyOf(hit.ruleId),
  }));
  return { verdict: verdictOf(hits), findings, dictionaryVersion: dictionary.version };
}

// The keys per rule, built once: a template string per finding was a visible share of the allocations.
const messageKeys = new Map<string, string>();
const suggestionKeys = new Map<string, string>();

function messageKeyOf(ruleId: string): string {
  let key = messageKeys.get(ruleId);
  if (key === undefined) messageKeys.set(ruleId, (key = `claims.rules.${ruleId}.message`));
  return key;
}

function suggestionKeyOf(ruleId: string): string {
  let key = suggestionKeys.get(ruleId);
  if (key === undefined) suggestionKeys.set(ruleId, (key = `claims.rules.${ruleId}.suggestion`));
  return key;
}
