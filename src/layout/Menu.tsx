import { Divider, ListSubheader } from '@mui/material';
import {
  Menu as RaMenu,
  useCanAccessResources,
  useHasDashboard,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
  type MenuProps,
} from 'react-admin';
import { menuAreas, menuResources, type MenuArea } from './menuAreas';

/** The side menu, grouped by area. Items the role may not list are left out, and so is a heading left empty. */
export const Menu = (props: MenuProps) => {
  const hasDashboard = useHasDashboard();
  const definitions = useResourceDefinitions();
  // One batched check for the whole menu; while it is pending no resource shows, so nothing forbidden flashes.
  const { canAccess } = useCanAccessResources({ action: 'list', resources: menuResources });
  const isVisible = (resource: string) => Boolean(definitions[resource]) && canAccess?.[resource] === true;

  return (
    <RaMenu {...props}>
      {menuAreas.map((area) => {
        const resources = area.resources.filter(isVisible);
        const showDashboard = Boolean(area.withDashboard) && hasDashboard;
        if (resources.length === 0 && !showDashboard) return null;
        return [
          <AreaHeading key={`${area.group}-heading`} area={area} />,
          showDashboard ? <RaMenu.DashboardItem key="dashboard" /> : null,
          ...resources.map((name) => <RaMenu.ResourceItem key={name} name={name} />),
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
