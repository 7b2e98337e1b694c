import type { ChipProps } from '@mui/material';
import type { FieldProps } from 'react-admin';
import type { MemberStatus, TeamMember } from '../api';
import { StatusChip } from '../components/StatusChip';

const colors: Record<MemberStatus, ChipProps['color']> = {
  invited: 'info',
  active: 'success',
  deactivated: 'default',
};

export const MemberStatusChip = (props: FieldProps<TeamMember>) => (
  <StatusChip resource="team" {...props} colors={colors} />
);
