import type { ServiceSettings } from '../../../../src/api';
import { seedBrands } from '../brands';
import { DAY_MS, iso } from './clock';

/** After-sales above these amounts need a brand admin to approve. */
export const approvalThresholds: Record<string, number> = { 'brand-lumiere': 50_000 };
export const DEFAULT_APPROVAL_THRESHOLD_FEN = 30_000;

export const thresholdOf = (brandId: string) => approvalThresholds[brandId] ?? DEFAULT_APPROVAL_THRESHOLD_FEN;

/** One per brand, with the brand's id, Nordic Bloom's too (it has no buyers yet, but an admin who may set it). */
export function seedServiceSettings(now: number): ServiceSettings[] {
  const at = iso(now - 30 * DAY_MS);
  return seedBrands.map((brand) => ({
    id: brand.id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    brandId: brand.id,
    approvalThresholdFen: thresholdOf(brand.id),
  }));
}
