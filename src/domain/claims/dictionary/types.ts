import type { ClaimCategory, Severity } from '../types';
import type { ContextLists } from './contexts';

/** Named context checks a term can ask for; the logic lives in rules/guards*.ts, the word lists in contexts. */
export type GuardId =
  | 'zui'
  | 'rank'
  | 'no1'
  | 'bestEn'
  | 'uniqZh'
  | 'theOnly'
  | 'ceiling'
  | 'officialSupply'
  | 'stateBanquet'
  | 'bodyScopeZh'
  | 'bodyScopeEn'
  | 'medicalVerbEn'
  | 'hairLossZh'
  | 'onlyLeft'
  | 'stockLeftZh'
  | 'guaranteedTo'
  | 'permanent';

export interface TermEntry {
  /** Canonical term reported (RULES.md §5). */
  term: string;
  ruleId: string;
  category: ClaimCategory;
  severity: Severity;
  lang: 'zh' | 'en';
  /** Forms as they appear after normalisation (lowercase, simplified). */
  surfaces: readonly string[];
  /** Latin surfaces: 'word' (default) needs a non-alphanumeric neighbour at each alphanumeric edge. */
  boundary?: 'word' | 'none';
  /** Also match on the collapsed Latin view (beeeest, noooo.1). */
  collapse?: boolean;
  guard?: GuardId;
}

/** A span that suppresses any hit lying entirely inside it (C8 whitelist, C6 trademark). */
export interface SpanEntry {
  span: string;
  /** The span does not apply when followed by one of these (绝对值 but not 绝对值得). */
  notFollowedBy?: readonly string[];
}

export interface ClaimDictionary {
  version: string;
  terms: readonly TermEntry[];
  whitelist: readonly SpanEntry[];
  trademarks: readonly SpanEntry[];
  contexts: ContextLists;
}
