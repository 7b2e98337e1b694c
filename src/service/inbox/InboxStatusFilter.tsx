import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { STATUS_CHOICES, type StatusChoice } from './inboxFilters';

interface InboxStatusFilterProps {
  value: StatusChoice;
  onChange(status: StatusChoice): void;
}

export function InboxStatusFilter({ value, onChange }: InboxStatusFilterProps) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value as StatusChoice)}
      label={translate('resources.conversations.fields.status')}
      sx={{ minWidth: 128 }}
    >
      {STATUS_CHOICES.map((choice) => (
        <MenuItem key={choice} value={choice}>
          {translate(`service.inbox.status_choices.${choice}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
