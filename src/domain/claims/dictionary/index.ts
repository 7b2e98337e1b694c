import { absoluteTerms } from './absolute';
import { authorityTerms } from './authority';
import { defaultContexts } from './contexts';
import { medicalTerms } from './medical';
import { superlativeEnTerms } from './superlativeEn';
import { superlativeZhTerms } from './superlativeZh';
import type { ClaimDictionary } from './types';
import { urgencyTerms } from './urgency';
import { defaultTrademarks, defaultWhitelist } from './whitelist';

export type { ClaimDictionary, GuardId, SpanEntry, TermEntry } from './types';
export type { ContextLists } from './contexts';
export { extendDictionary, type DictionaryExtension } from './extend';

/** Bump when the built-in rules change, so stored check results can say which rules they ran under. */
export const DEFAULT_DICTIONARY_VERSION = 'claims-2026.1';

export const defaultDictionary: ClaimDictionary = {
  version: DEFAULT_DICTIONARY_VERSION,
  terms: [
    ...superlativeZhTerms,
    ...superlativeEnTerms,
    ...absoluteTerms,
    ...authorityTerms,
    ...medicalTerms,
    ...urgencyTerms,
  ],
  whitelist: defaultWhitelist,
  trademarks: defaultTrademarks,
  contexts: defaultContexts,
};
