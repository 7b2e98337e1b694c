import { Divider, ListSubheader, Typography } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { roleSchema } from '../api';
import { env } from '../config/env';
import { ResetDemoDataMenuItem } from './ResetDemoDataMenuItem';
import { useBrandName } from '../components/useBrandName';

/** Who is signed in (name, role, brand), then the account actions. */
export const UserMenu = () => (
  <RaUserMenu>
    <IdentityHeader />
    <Divider />
    {env.apiMode === 'mock' ? <ResetDemoDataMenuItem /> : null}
    <Logout />
  </RaUserMenu>
);

const IdentityHeader = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const brandName = useBrandName();
  if (!identity) return null;
  const role = roleSchema.safeParse(identity.role);
  // Moderators belong to no brand: they act for the platform itself.
  const organisation = brandName ?? translate('app.platform_name');
  return (
    <ListSubheader disableSticky sx={{ lineHeight: 1.5, py: 1, bgcolor: 'transparent' }}>
      <Typography variant="subtitle2" component="span" sx={{ display: 'block', color: 'text.primary' }}>
        {identity.fullName}
      </Typography>
      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
        {role.success ? `${translate(`roles.${role.data}`)} · ${organisation}` : organisation}
      </Typography>
    </ListSubheader>
  );
};
