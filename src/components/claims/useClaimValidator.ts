import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Validator } from 'react-admin';
import { checkClaims, type ClaimDictionary, type ClaimField } from '../../domain/claims';

export const BLOCKED_CLAIMS_MESSAGE = 'claimInput.validation_blocked';

/**
 * A react-admin validator refusing text with a blocking claim. It checks the value being saved, not the
 * deferred report on screen, so a claim typed a millisecond before submitting is still caught. The dictionary
 * is read through a ref because react-hook-form may keep the first validator it was given.
 */
export function useClaimValidator(field: ClaimField, dictionary: ClaimDictionary): Validator {
  const dictionaryRef = useRef(dictionary);
  useLayoutEffect(() => {
    dictionaryRef.current = dictionary;
  }, [dictionary]);
  return useCallback(
    (value: unknown) =>
      typeof value === 'string' &&
      checkClaims(value, { field, dictionary: dictionaryRef.current }).verdict === 'block'
        ? BLOCKED_CLAIMS_MESSAGE
        : undefined,
    [field],
  );
}
