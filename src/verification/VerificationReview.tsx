import { Box, Grid, Stack } from '@mui/material';
import { useCanAccess, useRecordContext } from 'react-admin';
import type { VerificationApplication } from '../api';
import { GuardedShow } from '../components/GuardedShow';
import { ReviewDecisionPanel } from './ReviewDecisionPanel';
import { ReviewDecisionSummary } from './ReviewDecisionSummary';
import { ReviewHeader } from './ReviewHeader';
import { ReviewRejectionsProvider } from './ReviewRejections';
import { ReviewSections } from './ReviewSections';

const ReviewDetails = () => {
  const application = useRecordContext<VerificationApplication>();
  const { canAccess: mayReview, isPending } = useCanAccess({
    resource: 'verification-applications',
    action: 'review',
    record: application,
  });
  if (!application) return null;
  // A decision is taken only on a submitted application, by a role that reviews; everything else reads.
  const deciding = application.status === 'submitted' && mayReview === true;
  return (
    <ReviewRejectionsProvider active={deciding}>
      <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
        <ReviewHeader application={application} />
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, lg: 8 }}>
            <ReviewSections application={application} />
          </Grid>
          {/* On a wide screen the decision stays in view beside the documents; below them otherwise. */}
          <Grid size={{ xs: 12, lg: 4 }}>
            <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
              {/* Nothing until the role is known, rather than a summary that turns into the panel. */}
              {isPending ? null : deciding ? (
                <ReviewDecisionPanel application={application} />
              ) : (
                <ReviewDecisionSummary application={application} />
              )}
            </Box>
          </Grid>
        </Grid>
      </Stack>
    </ReviewRejectionsProvider>
  );
};

/** A brand's verification application, documents beside the data, and the moderator's decision. */
export const VerificationReview = () => (
  <GuardedShow<VerificationApplication> actions={false}>
    <ReviewDetails />
  </GuardedShow>
);
