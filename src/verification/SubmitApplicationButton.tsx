import SendIcon from '@mui/icons-material/SendOutlined';
import { Button, CircularProgress } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { VerificationApplication } from '../api';
import { useSubmitApplication } from './ApplicationSubmit';

/** "Submit for review" (or "Submit again" after a rejection); saves unsaved changes first. */
export const SubmitApplicationButton = () => {
  const application = useRecordContext<VerificationApplication>();
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  const { submit, submitting } = useSubmitApplication();
  const busy = submitting || isSubmitting;
  const label = application?.status === 'rejected' ? 'resubmit' : 'submit';
  return (
    <Button
      variant="contained"
      onClick={(event) => void submit(event)}
      disabled={busy}
      startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : <SendIcon />}
    >
      {translate(submitting ? 'verification.actions.submitting' : `verification.actions.${label}`)}
    </Button>
  );
};
