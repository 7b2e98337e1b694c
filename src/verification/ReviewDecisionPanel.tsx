import { useState } from 'react';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/AddCommentOutlined';
import ApproveIcon from '@mui/icons-material/CheckCircleOutline';
import RejectIcon from '@mui/icons-material/HighlightOff';
import { Confirm, useTranslate } from 'react-admin';
import type { VerificationApplication } from '../api';
import { useReviewDecision } from './ReviewDecisionMutation';
import { ReviewReasonList } from './ReviewReasonList';
import { useReviewRejections } from './ReviewRejections';

type Outcome = 'approve' | 'reject';

/**
 * Approve, or reject with the drafted reasons. Both ask first: approving lets the brand open its store,
 * rejecting sends the reasons to the brand. "Reject" without any reason opens the reason dialog instead.
 */
export const ReviewDecisionPanel = ({ application }: { application: VerificationApplication }) => {
  const translate = useTranslate();
  const { rejections, openReason } = useReviewRejections();
  const { mutate, isPending } = useReviewDecision(application);
  // The outcome outlives `open` so the dialog keeps its words while it closes.
  const [confirming, setConfirming] = useState<{ open: boolean; outcome: Outcome }>({
    open: false,
    outcome: 'approve',
  });
  const { outcome } = confirming;
  const ask = (next: Outcome) => setConfirming({ open: true, outcome: next });
  const close = () => setConfirming({ open: false, outcome });
  const count = rejections.length;
  const brand = application.brandName;

  const decide = () =>
    mutate(
      outcome === 'reject'
        ? { outcome: 'reject', rejections: [...rejections] }
        : { outcome: 'approve', rejections: [] },
      { onSettled: close },
    );

  return (
    <Card variant="outlined" component="section" aria-labelledby="review-decision-title">
      <CardContent>
        <Stack spacing={2}>
          <div>
            <Typography id="review-decision-title" variant="h6" component="h2">
              {translate('verificationReview.decide.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('verificationReview.decide.hint')}
            </Typography>
          </div>
          <ReviewReasonList />
          <div>
            <Button size="small" startIcon={<AddIcon />} onClick={() => openReason()}>
              {translate('verificationReview.decide.add_reason')}
            </Button>
          </div>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
            <Button
              variant="contained"
              color="success"
              startIcon={<ApproveIcon />}
              disabled={isPending}
              onClick={() => ask('approve')}
            >
              {translate('verificationReview.decide.approve')}
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<RejectIcon />}
              disabled={isPending}
              onClick={() => (count === 0 ? openReason() : ask('reject'))}
            >
              {translate('verificationReview.decide.reject')}
            </Button>
          </Stack>
        </Stack>
        <Confirm
          isOpen={confirming.open}
          loading={isPending}
          title={`verificationReview.decide.${outcome}_title`}
          titleTranslateOptions={{ brand }}
          content={
            outcome === 'reject'
              ? 'verificationReview.decide.reject_content'
              : count > 0
                ? 'verificationReview.decide.approve_discards'
                : 'verificationReview.decide.approve_content'
          }
          contentTranslateOptions={{ smart_count: count }}
          confirm={`verificationReview.decide.${outcome}`}
          confirmColor={outcome === 'reject' ? 'warning' : 'primary'}
          onConfirm={decide}
          onClose={close}
        />
      </CardContent>
    </Card>
  );
};
