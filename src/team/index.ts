import { lazy } from 'react';
import TeamIcon from '@mui/icons-material/GroupOutlined';
import type { ResourceProps } from 'react-admin';
import type { TeamMember } from '../api';

// Each view is its own chunk: only brand admins ever open the team area.
const TeamList = lazy(() => import('./TeamList').then((module) => ({ default: module.TeamList })));
const TeamEdit = lazy(() => import('./TeamEdit').then((module) => ({ default: module.TeamEdit })));
const TeamInvite = lazy(() => import('./TeamInvite').then((module) => ({ default: module.TeamInvite })));

/** `<Resource name="team" {...team} />` */
export const team = {
  list: TeamList,
  edit: TeamEdit,
  create: TeamInvite,
  icon: TeamIcon,
  recordRepresentation: (member: TeamMember) => member.name,
} satisfies Omit<ResourceProps, 'name'>;
