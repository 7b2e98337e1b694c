import { Alert } from '@mui/material';
import { Navigate } from 'react-router-dom';
import { Loading, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';

/**
 * A brand has one settings record, so the list takes its people straight to it: to the form if they may
 * change it (brand admins), to the read-only page otherwise (agents, marketers).
 */
export const ServiceSettingsList = () => {
  const { identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  const brandId: unknown = identity?.brandId;
  if (typeof brandId === 'string' && brandId !== '') return <OwnSettingsRedirect brandId={brandId} />;
  return (
    <Alert severity="info" sx={{ m: 2 }}>
      {translate('resources.service-settings.no_brand')}
    </Alert>
  );
};

const OwnSettingsRedirect = ({ brandId }: { brandId: string }) => {
  const { canAccess, isPending } = useCanAccess({ resource: 'service-settings', action: 'edit' });
  if (isPending) return <Loading />;
  const path = `/service-settings/${encodeURIComponent(brandId)}`;
  return <Navigate replace to={canAccess ? path : `${path}/show`} />;
};
