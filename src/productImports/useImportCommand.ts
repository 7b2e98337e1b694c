import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import { productImportSchema, type ProductImport } from '../api';
import type { PlatformDataProvider } from '../api/dataProvider';
import { conflictingRecord, errorMessage } from '../components/httpErrors';

export type ImportCommand = 'commit' | 'cancel';

/**
 * Commit or cancel a job from the version the user saw. The job's version moves while it imports, so a
 * cancel that meets a 409 tries once more from the current version if the job is still importing; if it
 * finished meanwhile the page simply shows how it ended.
 */
export function useImportCommand(job: ProductImport, onDone: () => void) {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  const send = (command: ImportCommand, version: number) =>
    dataProvider.command<ProductImport>('product-imports', job.id, command, { version });

  return useMutation({
    mutationFn: async (command: ImportCommand) => {
      try {
        return await send(command, job.version);
      } catch (error) {
        const current = productImportSchema.safeParse(conflictingRecord(error));
        if (command === 'cancel' && current.success && current.data.status === 'importing')
          return send('cancel', current.data.version);
        throw error;
      }
    },
    onSuccess: onDone,
    onError: (error) => {
      notify(errorMessage(error), { type: 'error' });
      onDone();
    },
  });
}
