/** Public types of the banned-claims checker (RULES.md §0). */

export type ClaimField =
  | 'store_name'
  | 'store_intro'
  | 'product_title'
  | 'product_description'
  | 'ad_headline'
  | 'ad_body'
  | 'kol_note'
  | 'kol_brief'
  | 'service_reply';

export type Severity = 'block' | 'warn';
export type Verdict = 'block' | 'warn' | 'pass';
export type ClaimCategory = 'SUP' | 'ABS' | 'AUTH' | 'MED' | 'URG';

export interface Finding {
  /** Canonical term of RULES.md §5 (lowercase for Latin). */
  term: string;
  ruleId: string;
  category: ClaimCategory;
  severity: Severity;
  /** UTF-16 offsets into the original input, covering the characters as typed. */
  start: number;
  end: number;
  messageKey: string;
  suggestionKey: string;
}

export interface ClaimReport {
  verdict: Verdict;
  findings: Finding[];
  dictionaryVersion: string;
}
