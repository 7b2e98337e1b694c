import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRedirect, useRefresh } from 'react-admin';
import type { DecisionRequest, ModerationItem } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage, httpStatus } from '../components/httpErrors';

export type DecisionInput = Omit<DecisionRequest, 'version'>;

/**
 * Sends a decision based on the version the moderator saw. Success goes back to the queue, where the
 * next oldest item waits; a 409 means another moderator was faster, so the page reloads to show their decision.
 */
export function useDecide(item: ModerationItem | undefined) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  return useMutation({
    mutationFn: (decision: DecisionInput) => {
      if (!item) throw new Error('ra.notification.item_doesnt_exist');
      return dataProvider.decideModeration(item.id, { ...decision, version: item.version });
    },
    onSuccess: (_decided, decision) => {
      notify(`moderation.decide.${decision.outcome === 'approve' ? 'approved' : 'rejected'}`, {
        type: 'success',
      });
      refresh();
      redirect('list', 'moderation');
    },
    onError: (error) => {
      if (httpStatus(error) === 409) {
        notify('moderation.errors.already_decided', { type: 'warning' });
        refresh();
        return;
      }
      notify(errorMessage(error), { type: 'error' });
    },
  });
}
