import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { PlatformDataProvider } from '../api/dataProvider';
import { errorMessage } from '../components/httpErrors';

/** Hands a file to the browser's downloads, named as given. */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the link; the blob may go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * GET /products/export.csv: the platform writes the file (UTF-8 with a BOM so Excel reads Chinese, one row
 * per SKU, the import's columns), so exporting 10,000 products never loads them into the console.
 * `params` are the list's filters and sort, or `id` repeated for a selection.
 */
export function useProductExport() {
  const dataProvider = useDataProvider<PlatformDataProvider>();
  const notify = useNotify();
  return useMutation({
    mutationFn: async ({ params, name }: { params: Record<string, unknown>; name: string }) => {
      const file = await dataProvider.download('products', 'export.csv', params);
      saveFile(file, `${name}-${today()}.csv`);
    },
    onSuccess: () => notify('resources.products.export.done', { type: 'info' }),
    onError: (error) => notify(errorMessage(error), { type: 'error' }),
  });
}
