import { useGetIdentity, useGetOne } from 'react-admin';
import type { ServiceSettings } from '../../api';
import { needsAdminApproval } from '../../domain/service';

/**
 * Whether the signed-in user may approve this amount: above the brand's threshold only a brand admin
 * may. Until the settings load the answer is "allowed"; the platform still refuses with 403.
 */
export function useApprovalLimit(amountFen: number) {
  const { identity } = useGetIdentity();
  const brandId = typeof identity?.brandId === 'string' ? identity.brandId : undefined;
  const { data: settings } = useGetOne<ServiceSettings>(
    'service-settings',
    { id: brandId ?? '' },
    { enabled: brandId !== undefined },
  );
  const isAdmin = identity?.role === 'brand_admin';
  const thresholdFen = settings?.approvalThresholdFen;
  const aboveThreshold = thresholdFen !== undefined && needsAdminApproval(amountFen, thresholdFen);
  return { thresholdFen, needsAdmin: aboveThreshold && !isAdmin };
}
