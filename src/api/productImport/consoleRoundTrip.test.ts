import { resetPlatform } from '../../../mocks/node';
import { authProvider } from '../authProvider';
import { dataProvider } from '../dataProvider';
import type { ProductImport } from '../schemas/imports';
import { sessionStore } from '../sessionStore';
import { readCsv } from './readCsv';

// The console's own path in the browser environment (jsdom): its data provider, multipart and blobs.
beforeEach(async () => {
  resetPlatform();
  sessionStore.clear();
  await authProvider.login({ email: 'admin@lumiere.example', password: 'demo1234' });
});

const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob, 'utf-8');
  });

describe('exporting and importing products from the console', () => {
  it('downloads the filtered products as CSV and starts an import of the same file', async () => {
    const blob = await dataProvider.download('products', 'export.csv', { category: 'fragrance' });
    const text = await textOf(blob);
    const { records } = readCsv(text);
    expect(new Set(records.map((record) => record.cells[3]))).toEqual(new Set(['fragrance']));

    const job = await dataProvider.startProductImport(
      new File([text], '香氛.csv', { type: 'text/csv' }),
      '香氛.csv',
    );
    // (jsdom loses a multipart file's name between realms, so the name is not asserted here.)
    expect(job).toMatchObject({ status: 'validated', errors: [], validProducts: 12 });
    const committed = await dataProvider.command<ProductImport>('product-imports', job.id, 'commit', {
      version: job.version,
    });
    expect(committed.status).toBe('importing');
    const cancelled = await dataProvider.command<ProductImport>('product-imports', job.id, 'cancel', {
      version: committed.version,
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', importedProducts: 0 });
  });
});
