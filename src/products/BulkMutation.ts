import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { bulkResultSchema, type BulkAction } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage } from '../components/httpErrors';
import { useShowBulkReport } from './BulkReport';

/** The platform takes at most this many products per bulk call (bulkActionSchema). */
export const BULK_LIMIT = 1000;

/**
 * Sends one bulk action (POST /products/bulk) and shows its report. The platform answers per product, so a
 * partly refused action is a success with failures in the report; only a refusal of the whole call (a role,
 * a bad percentage) is an error. The list refreshes behind the report so it shows the new statuses and prices.
 */
export function useBulkMutation() {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const showReport = useShowBulkReport();
  const refresh = useRefresh();
  const notify = useNotify();
  return useMutation({
    mutationFn: async (body: BulkAction) =>
      bulkResultSchema.parse(await dataProvider.command('products', undefined, 'bulk', body)),
    onSuccess: (result, body) => {
      showReport({ action: body.action, result });
      refresh();
    },
    onError: (error) => notify(errorMessage(error), { type: 'error' }),
  });
}
