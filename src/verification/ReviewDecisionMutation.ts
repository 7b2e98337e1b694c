import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRedirect, useRefresh } from 'react-admin';
import type { VerificationApplication, VerificationDecision } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage, httpStatus } from '../components/httpErrors';

export type ReviewDecisionInput = Omit<VerificationDecision, 'version'>;

/**
 * Sends the decision based on the version the moderator read. Success goes back to the queue, where the
 * next oldest request waits. A 409 means the brand or another moderator changed the application meanwhile:
 * the page reloads so the moderator decides on what is there now (drafted reasons are kept).
 */
export function useReviewDecision(application: VerificationApplication) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  return useMutation({
    mutationFn: (decision: ReviewDecisionInput) =>
      dataProvider.command<VerificationApplication>('verification-applications', application.id, 'decision', {
        ...decision,
        version: application.version,
      }),
    onSuccess: (_decided, decision) => {
      notify(`verificationReview.decide.${decision.outcome === 'approve' ? 'approved' : 'rejected'}`, {
        type: 'success',
      });
      refresh();
      redirect('list', 'verification-applications');
    },
    onError: (error) => {
      // Stale version, or no longer submitted: either way what is on screen is not what is there now.
      if (httpStatus(error) === 409 || errorMessage(error) === 'verification.errors.not_submitted') {
        notify('verificationReview.decide.changed', { type: 'warning' });
        refresh();
        return;
      }
      notify(errorMessage(error), { type: 'error' });
    },
  });
}
