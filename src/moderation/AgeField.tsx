import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ModerationItem } from '../api';
import { OVERDUE_HOURS } from './moderationChoices';
import { useNow } from './useNow';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How long something has waited, as "45 min", "3 h" or "4 d". */
export function ageParts(
  since: string,
  now: number,
): { unit: 'minutes' | 'hours' | 'days'; count: number; hours: number } {
  const elapsed = Math.max(0, now - new Date(since).getTime());
  const hours = elapsed / HOUR;
  if (elapsed < HOUR) return { unit: 'minutes', count: Math.floor(elapsed / MINUTE), hours };
  if (hours < 48) return { unit: 'hours', count: Math.floor(hours), hours };
  return { unit: 'days', count: Math.floor(hours / 24), hours };
}

/** The age of a queued item since it was submitted; past a day it turns the warning colour. */
export const AgeField = (props: FieldProps<ModerationItem>) => {
  const record = useRecordContext<ModerationItem>(props);
  const translate = useTranslate();
  const now = useNow();
  if (!record) return null;
  const { unit, count, hours } = ageParts(record.createdAt, now);
  const overdue = record.status === 'pending' && hours > OVERDUE_HOURS;
  return (
    <Typography
      component="span"
      variant="body2"
      color={overdue ? 'warning.main' : 'text.primary'}
      sx={{ fontWeight: overdue ? 600 : undefined, whiteSpace: 'nowrap' }}
      title={new Date(record.createdAt).toLocaleString()}
    >
      {translate(`moderation.age.${unit}`, { count })}
    </Typography>
  );
};
