import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { languageTag } from '../i18n';

/** Who submitted and who decided, newest first. Nothing until the application was first submitted. */
export const ApplicationHistory = () => {
  const application = useRecordContext<VerificationApplication>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!application || application.history.length === 0) return null;
  const events = [...application.history].reverse();
  return (
    <Box component="section" aria-labelledby="application-history-title" sx={{ width: '100%', pt: 2 }}>
      <Typography variant="h6" component="h2" id="application-history-title" sx={{ mb: 1 }}>
        {translate('verification.history.title')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {events.map((event, index) => (
          <Box component="li" key={`${event.at}-${index}`} sx={{ mb: 0.5 }}>
            <Typography variant="body2" component="span">
              {translate(`resources.verification-applications.events.${event.event}`, { name: event.byName })}
            </Typography>
            <Typography variant="body2" component="span" color="text.secondary">
              {' · '}
              <time dateTime={event.at}>{new Date(event.at).toLocaleString(languageTag(locale))}</time>
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
