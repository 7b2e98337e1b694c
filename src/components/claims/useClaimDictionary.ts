import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { activeDictionary } from '../../api/claimDictionary';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { defaultDictionary, type ClaimDictionary } from '../../domain/claims';

export const claimDictionaryQueryKey = ['claim-dictionary'] as const;

/**
 * The dictionary in force: the built-in one plus moderators' entries from the platform. Until they arrive, or
 * if the platform cannot answer, checking goes on with the built-in dictionary rather than waiting on the
 * network; the platform checks again on save anyway.
 */
export function useClaimDictionary(): ClaimDictionary {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const { data } = useQuery({
    queryKey: claimDictionaryQueryKey,
    queryFn: () => dataProvider.getClaimDictionary(),
    // Moderators change the dictionary rarely; 30 s keeps a long editing session close to what the platform enforces.
    staleTime: 30_000,
    refetchOnWindowFocus: true,
  });
  const entries = data?.entries;
  return useMemo(() => (entries ? activeDictionary(entries) : defaultDictionary), [entries]);
}
