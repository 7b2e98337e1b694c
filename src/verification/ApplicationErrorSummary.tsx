import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormState, type FieldErrors } from 'react-hook-form';
import { focusField } from './ApplicationFields';

const messageOf = (error: FieldErrors[string]): string =>
  error && typeof error.message === 'string' && error.message ? error.message : 'validation.invalid';

/**
 * After a save or submit was refused (by the form or the platform), the fields to fix in one list at the
 * top, each a link to its field, so nothing is missed further down the page. The typed values stay.
 */
export const ApplicationErrorSummary = () => {
  const translate = useTranslate();
  const { errors, submitCount } = useFormState();
  const fields = Object.keys(errors).filter((field) => field !== 'root');
  if (submitCount === 0 || fields.length === 0) return null;
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ mb: 2, width: '100%' }}
      aria-labelledby="application-errors-title"
    >
      <AlertTitle id="application-errors-title">{translate('verification.summary.title')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {fields.map((field) => (
          <li key={field}>
            <Link
              component="button"
              type="button"
              color="inherit"
              onClick={() => focusField(field)}
              sx={{ display: 'inline', textAlign: 'left' }}
            >
              {translate('verification.summary.item', {
                field: translate(`resources.verification-applications.fields.${field}`),
                message: translate(messageOf(errors[field])),
              })}
            </Link>
          </li>
        ))}
      </Box>
    </Alert>
  );
};
