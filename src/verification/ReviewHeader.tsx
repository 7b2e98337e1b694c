import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { formatDate, statusLabel } from './ReviewLabels';
import { verificationStatusColors } from './ReviewQueue';

/**
 * Whose application this is and where it stands. The account name is shown because a store or brand
 * name that does not match the company is one of the reasons to reject.
 */
export const ReviewHeader = ({ application }: { application: VerificationApplication }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const accountName = [application.brandName, application.brandNameEn].filter(Boolean).join(' / ');
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" component="h1">
          {translate('verificationReview.header.title', { brand: application.brandName })}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          color={verificationStatusColors[application.status]}
          label={statusLabel(translate, application.status)}
        />
      </Stack>
      <Typography variant="body2">
        {translate('verificationReview.header.account_name', { name: accountName })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {application.submittedAt
          ? translate('verificationReview.header.submitted', {
              date: formatDate(application.submittedAt, locale),
            })
          : translate('verificationReview.header.not_submitted')}
      </Typography>
    </Stack>
  );
};
