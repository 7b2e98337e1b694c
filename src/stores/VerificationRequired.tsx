import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { VerificationStatus } from '../api';

/**
 * The store form stays closed (its fields disabled) until RED has verified the brand: this says why, what
 * stage the application is at, and leads to it. The link sits under the text so it fits a phone's width.
 */
export const VerificationRequired = ({
  brandId,
  status,
}: {
  brandId: string;
  status: Exclude<VerificationStatus, 'approved'>;
}) => {
  const translate = useTranslate();
  return (
    <Alert severity={status === 'rejected' ? 'warning' : 'info'} role="status" sx={{ width: '100%' }}>
      <AlertTitle>{translate('resources.stores.verification_required.title')}</AlertTitle>
      {translate(`resources.stores.verification_required.${status}`)}
      <Box sx={{ mt: 1.5 }}>
        <Button
          component={Link}
          to={`/verification-applications/${brandId}`}
          color="inherit"
          variant="outlined"
          size="small"
        >
          {translate(`resources.stores.verification_required.action_${status}`)}
        </Button>
      </Box>
    </Alert>
  );
};
