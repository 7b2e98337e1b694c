import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import { afterSalesSchema, type AfterSales, type AfterSalesDecision } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { httpStatus } from '../httpErrors';

/**
 * POST /after-sales/:id/decision from the version the agent saw. Success refetches after-sales AND
 * orders, because an approval refunds the order (refundedFen, status) and the agent must see that.
 * Errors are left to the dialog (field errors, needs-admin, conflict), except the conflict's reload.
 */
export function useAfterSalesDecision(request: Pick<AfterSales, 'id' | 'version'>) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const refetchAll = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['after-sales'] }),
      queryClient.invalidateQueries({ queryKey: ['orders'] }),
    ]);
  return useMutation({
    mutationFn: (decision: Omit<AfterSalesDecision, 'version'>) =>
      dataProvider.command<unknown>('after-sales', request.id, 'decision', {
        ...decision,
        version: request.version,
      }),
    onSuccess: async (answer, decision) => {
      // The decision is made once the platform said yes; its answer only refines the message.
      const decided = afterSalesSchema.safeParse(answer);
      const status = decided.success
        ? decided.data.status
        : decision.outcome === 'approve'
          ? 'approved'
          : 'rejected';
      notify(`resources.after-sales.decision.done_${status}`, { type: 'success' });
      await refetchAll();
    },
    onError: async (error) => {
      // Someone decided or the platform auto-approved meanwhile: show what is there now.
      if (httpStatus(error) === 409) await refetchAll();
    },
  });
}
