import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { MemberStatus, TeamMember } from '../api';

// Palette colours so the chips stay readable in the dark theme.
const colors: Record<MemberStatus, ChipProps['color']> = {
  invited: 'info',
  active: 'success',
  deactivated: 'default',
};

export const MemberStatusChip = (props: FieldProps<TeamMember>) => {
  const record = useRecordContext<TeamMember>(props);
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[record.status]}
      label={translate(`resources.team.statuses.${record.status}`)}
    />
  );
};
