import { Loading, Navigate, useCreatePath, useGetIdentity } from 'react-admin';
import { ReviewQueue } from './ReviewQueue';

/**
 * A brand has exactly one application, so brand users go straight to theirs (the edit view); platform
 * moderators, who belong to no brand, get the queue of every brand's requests.
 */
export const VerificationList = () => {
  const { identity, isPending } = useGetIdentity();
  const createPath = useCreatePath();
  if (isPending) return <Loading />;
  const brandId = typeof identity?.brandId === 'string' ? identity.brandId : null;
  if (brandId)
    return (
      <Navigate
        replace
        to={createPath({ resource: 'verification-applications', type: 'edit', id: brandId })}
      />
    );
  return <ReviewQueue />;
};
