import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ConversationStatus } from '../../api';

// Palette colours, not hues, so the chips keep their contrast in the dark theme.
const colors: Record<ConversationStatus, ChipProps['color']> = {
  open: 'primary',
  pending: 'warning',
  snoozed: 'default',
  resolved: 'success',
};

export const ConversationStatusChip = ({ status }: { status: ConversationStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colors[status]}
      label={translate(`resources.conversations.statuses.${status}`)}
      sx={{ height: 20, fontSize: '0.7rem' }}
    />
  );
};
