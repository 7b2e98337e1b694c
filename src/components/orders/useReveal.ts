import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import { revealResponseSchema, type RevealField } from '../../api';
import type { PlatformDataProvider } from '../../api/dataProvider';
import { errorMessage } from '../httpErrors';

/**
 * Asks the platform for one contact detail in full. The platform logs who looked; the orders are
 * refetched so the log beside the detail shows this reveal too.
 */
export function useReveal(orderId: string) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: async (field: RevealField) =>
      revealResponseSchema.parse(await dataProvider.command('orders', orderId, 'reveal', { field })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orders'] }),
    onError: (error) => notify(errorMessage(error), { type: 'error' }),
  });
}
