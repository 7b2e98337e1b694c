import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RevealEntry } from '../../api';

/** Who revealed the buyer's details and when: the log is the point of revealing being an action. */
export const RevealLog = ({ reveals }: { reveals: RevealEntry[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (reveals.length === 0) return null;
  return (
    <Typography component="div" variant="caption" color="text.secondary">
      {translate('resources.orders.contact.log_title')}
      <ul style={{ margin: 0, paddingInlineStart: '1.25em' }}>
        {[...reveals].reverse().map((entry) => (
          <li key={`${entry.at}-${entry.field}-${entry.byId}`}>
            {translate('resources.orders.contact.log_entry', {
              name: entry.byName,
              field: translate(`resources.orders.contact.${entry.field}`),
              at: new Date(entry.at).toLocaleString(locale === 'zh' ? 'zh-CN' : locale, {
                dateStyle: 'short',
                timeStyle: 'short',
              }),
            })}
          </li>
        ))}
      </ul>
    </Typography>
  );
};
