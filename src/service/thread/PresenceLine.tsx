import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Presence } from '../../api';

/**
 * Teammates in this conversation now ("陈美 is typing…"), so two agents do not answer the same buyer at once.
 * Always rendered (empty when alone) so the polite live region exists before anything is announced.
 */
export function PresenceLine({ present }: { present: readonly Presence[] }) {
  const translate = useTranslate();
  const typing = present.filter((p) => p.state === 'typing').map((p) => p.userName);
  const viewing = present.filter((p) => p.state === 'viewing').map((p) => p.userName);
  const parts = [
    typing.length > 0
      ? translate('service.thread.presence.typing', { names: typing.join(', '), smart_count: typing.length })
      : null,
    viewing.length > 0
      ? translate('service.thread.presence.viewing', {
          names: viewing.join(', '),
          smart_count: viewing.length,
        })
      : null,
  ].filter((part): part is string => part !== null);
  return (
    <Typography
      variant="caption"
      component="p"
      color="text.secondary"
      aria-live="polite"
      sx={{ px: 2, minHeight: 20, fontStyle: typing.length > 0 ? 'italic' : undefined }}
    >
      {parts.join(' · ')}
    </Typography>
  );
}
