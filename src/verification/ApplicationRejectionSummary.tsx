import { Box, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { focusField } from './ApplicationFields';

/** Every reason of the rejection, each a link to the field it concerns (where it is shown again). */
export const ApplicationRejectionSummary = ({ application }: { application: VerificationApplication }) => {
  const translate = useTranslate();
  const fieldName = (field: string) => translate(`resources.verification-applications.fields.${field}`);
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle2" component="h3" id="application-rejections-title">
        {translate('verification.rejection.summary')}
      </Typography>
      <Box component="ul" aria-labelledby="application-rejections-title" sx={{ m: 0, pl: 2.5 }}>
        {application.rejections.map((rejection, index) => (
          <Box component="li" key={index} sx={{ mt: 0.5 }}>
            <Link
              component="button"
              type="button"
              color="inherit"
              onClick={() => focusField(rejection.field)}
              aria-label={translate('verification.rejection.go_to', { field: fieldName(rejection.field) })}
              sx={{ display: 'inline', fontWeight: 600, verticalAlign: 'baseline', textAlign: 'left' }}
            >
              {fieldName(rejection.field)}
            </Link>
            {translate('verification.rejection.separator')}
            {translate(`resources.verification-applications.reasons.${rejection.reason}`)}
            {rejection.note && (
              <Typography variant="body2" component="span" sx={{ display: 'block', fontStyle: 'italic' }}>
                {rejection.note}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
