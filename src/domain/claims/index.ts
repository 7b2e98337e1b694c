export { checkClaims, type CheckOptions } from './checkClaims';
export { defaultDictionary, extendDictionary, DEFAULT_DICTIONARY_VERSION } from './dictionary';
export type { ClaimDictionary, DictionaryExtension, SpanEntry, TermEntry, ContextLists } from './dictionary';
export type { ClaimCategory, ClaimField, ClaimReport, Finding, Severity, Verdict } from './types';
export { claimMessagesEn, claimMessagesZh, CLAIM_RULE_IDS } from './messages';
