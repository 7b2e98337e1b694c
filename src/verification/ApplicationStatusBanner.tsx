import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { LinkBase, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { languageTag } from '../i18n';
import { ApplicationRejectionSummary } from './ApplicationRejectionSummary';

const severity = { draft: 'info', submitted: 'info', approved: 'success', rejected: 'error' } as const;

/**
 * Where the application stands, at the top of the form: what to do now, and after a rejection every reason
 * with a way to the field it concerns. `readOnly` says so when the person's role can't change it.
 */
export const ApplicationStatusBanner = ({ roleReadOnly }: { roleReadOnly: boolean }) => {
  const application = useRecordContext<VerificationApplication>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  if (!application) return null;
  const { status } = application;
  const when = status === 'submitted' ? application.submittedAt : application.decidedAt;
  const date = when ? new Date(when).toLocaleString(languageTag(locale)) : '—';
  return (
    <Alert
      severity={severity[status]}
      sx={{ mb: 2, width: '100%', '& .MuiAlert-message': { width: '100%' } }}
      aria-labelledby="application-status-title"
      role="region"
    >
      <AlertTitle id="application-status-title">
        {translate(`verification.banner.${status}_title`)}
      </AlertTitle>
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <span>{translate(`verification.banner.${status}`, { date })}</span>
        {status === 'rejected' && <ApplicationRejectionSummary application={application} />}
        {status === 'approved' && (
          <Button
            component={LinkBase}
            to={createPath({ resource: 'stores', type: 'edit', id: application.brandId })}
            variant="contained"
            color="success"
          >
            {translate('verification.banner.set_up_store')}
          </Button>
        )}
        {roleReadOnly && <span>{translate('verification.banner.read_only')}</span>}
      </Stack>
    </Alert>
  );
};
