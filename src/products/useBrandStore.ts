import { useGetIdentity, useGetOne } from 'react-admin';
import { isCrossBorder, type Store } from '../api';

/**
 * The signed-in brand's store (one per brand, its id is the brand's id). The product form asks it whether
 * products need cross-border fields, and List asks it whether the store is open yet. Every caller shares
 * one cached request.
 */
export function useBrandStore({ enabled = true }: { enabled?: boolean } = {}) {
  const { identity, isPending: identityPending } = useGetIdentity();
  const brandId = typeof identity?.brandId === 'string' ? identity.brandId : undefined;
  const query = useGetOne<Store>(
    'stores',
    { id: brandId ?? '' },
    { enabled: enabled && brandId !== undefined },
  );
  const store = query.data;
  return {
    store,
    /** undefined until the store is known (loading, failed, or no brand). */
    crossBorder: store ? isCrossBorder(store.tradeModel) : undefined,
    isPending: identityPending || (enabled && brandId !== undefined && query.isPending),
    error: query.error,
    refetch: query.refetch,
  };
}
