import { useQueryClient } from '@tanstack/react-query';
import { claimDictionaryQueryKey } from '../components/claims';

/**
 * A dictionary change is effective at once: the console's claim checking refetches the dictionary
 * (its key also prefixes react-admin's own queries of the claim-dictionary resource).
 */
export function useDictionaryChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: claimDictionaryQueryKey });
}
