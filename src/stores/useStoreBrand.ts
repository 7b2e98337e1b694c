import { useGetOne } from 'react-admin';
import type { Brand } from '../api';

/**
 * The brand a store belongs to: whether it is verified (the store can be set up only then) and its country
 * (overseas brands settle abroad). Every role that may read a store may read its brand.
 */
export const useStoreBrand = (brandId: string | undefined) =>
  useGetOne<Brand>('brands', { id: brandId ?? '' }, { enabled: Boolean(brandId) });
