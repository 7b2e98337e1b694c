import { Chip } from '@mui/material';
import OnIcon from '@mui/icons-material/ToggleOn';
import OffIcon from '@mui/icons-material/ToggleOffOutlined';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { DictionaryEntry } from '../api';

/** On or off at a glance, like a switch, with the word too so it doesn't rely on colour. */
export const EnabledChip = (props: FieldProps<DictionaryEntry>) => {
  const record = useRecordContext<DictionaryEntry>(props);
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant={record.enabled ? 'filled' : 'outlined'}
      color={record.enabled ? 'success' : 'default'}
      icon={record.enabled ? <OnIcon /> : <OffIcon />}
      label={translate(`moderation.dictionary.${record.enabled ? 'enabled' : 'disabled'}`)}
    />
  );
};
