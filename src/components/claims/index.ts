export { HighlightedText, type HighlightedTextProps } from './HighlightedText';
export { FindingList, type FindingListProps } from './FindingList';
export { ClaimCheckedInput, type ClaimCheckedInputProps } from './ClaimCheckedInput';
export { useClaimDictionary, claimDictionaryQueryKey } from './useClaimDictionary';
export { useClaimCheck, type CheckedText } from './useClaimCheck';
export { useClaimValidator, BLOCKED_CLAIMS_MESSAGE } from './useClaimValidator';
export { rebaseFindings } from './rebaseFindings';
