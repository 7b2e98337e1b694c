import type { ComponentType } from 'react';
import { Divider, ListSubheader } from '@mui/material';
import {
  Menu as RaMenu,
  useCanAccessResources,
  useGetIdentity,
  useHasDashboard,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
  type MenuProps,
} from 'react-admin';
import type { Role } from '../api';
import { areasFor, menuResources, type MenuArea } from './menuAreas';

/** The side menu, grouped by area. Items the role may not list are left out, and so is a heading left empty. */
export const Menu = (props: MenuProps) => {
  const hasDashboard = useHasDashboard();
  const definitions = useResourceDefinitions();
  // One batched check for the whole menu; while it is pending no resource shows, so nothing forbidden flashes.
  const { canAccess } = useCanAccessResources({ action: 'list', resources: menuResources });
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const isVisible = (resource: string) => Boolean(definitions[resource]) && canAccess?.[resource] === true;
  const translate = useTranslate();

  return (
    <RaMenu {...props}>
      {areasFor(role).map((area) => {
        const resources = area.resources.filter(isVisible);
        const showDashboard = Boolean(area.withDashboard) && hasDashboard;
        if (resources.length === 0 && !showDashboard) return null;
        return [
          <AreaHeading key={`${area.group}-heading`} area={area} />,
          showDashboard ? <RaMenu.DashboardItem key="dashboard" /> : null,
          ...resources.map((name) => {
            const label = area.labels?.[name];
            if (!label) return <RaMenu.ResourceItem key={name} name={name} />;
            const Icon = definitions[name]?.icon as ComponentType | undefined;
            return (
              <RaMenu.Item
                key={name}
                to={`/${name}`}
                primaryText={translate(`menu.items.${label}`)}
                leftIcon={Icon ? <Icon /> : undefined}
              />
            );
          }),
        ];
      })}
    </RaMenu>
  );
};

const AreaHeading = ({ area }: { area: MenuArea }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  // A collapsed sidebar is only icons wide: a rule still shows where an area starts.
  if (!open) return <Divider component="li" role="presentation" sx={{ my: 0.5 }} />;
  return (
    <ListSubheader
      component="li"
      role="presentation"
      disableSticky
      sx={{ lineHeight: 2.5, mt: 1, bgcolor: 'transparent' }}
    >
      {translate(`menu.groups.${area.group}`)}
    </ListSubheader>
  );
};
