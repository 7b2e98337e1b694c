import { useDeferredValue, useMemo } from 'react';
import { checkClaims, type ClaimField, type ClaimReport } from '../../domain/claims';
import { useClaimDictionary } from './useClaimDictionary';

/** A report plus the text it was computed on, since a deferred report may trail the text being typed. */
export interface CheckedText extends ClaimReport {
  text: string;
}

/**
 * Checks the text for banned claims. The check runs on a deferred copy of the text, so React keeps the
 * keystroke urgent and re-checks in the background: typing never waits on it, even in a 20,000-character note.
 */
export function useClaimCheck(text: string, field: ClaimField): CheckedText {
  const dictionary = useClaimDictionary();
  const deferred = useDeferredValue(text);
  return useMemo(
    () => ({ ...checkClaims(deferred, { field, dictionary }), text: deferred }),
    [deferred, field, dictionary],
  );
}
