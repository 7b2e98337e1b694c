import TeamIcon from '@mui/icons-material/GroupOutlined';
import type { ResourceProps } from 'react-admin';
import type { TeamMember } from '../api';
import { lazyView } from '../components/lazyView';

// Each view is its own chunk: only brand admins ever open the team area.
const TeamList = lazyView(() => import('./TeamList'), 'TeamList');
const TeamEdit = lazyView(() => import('./TeamEdit'), 'TeamEdit');
const TeamInvite = lazyView(() => import('./TeamInvite'), 'TeamInvite');

/** `<Resource name="team" {...team} />` */
export const team = {
  list: TeamList,
  edit: TeamEdit,
  create: TeamInvite,
  icon: TeamIcon,
  recordRepresentation: (member: TeamMember) => member.name,
} satisfies Omit<ResourceProps, 'name'>;
