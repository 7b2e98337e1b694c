import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocaleState } from 'react-admin';
import type { ImportRowError, ProductImport } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { ProductImportShow } from './ProductImportShow';

configure({ asyncUtilTimeout: 10_000 });

const buildJob = (overrides: Partial<ProductImport> = {}): ProductImport => ({
  id: 'import-0001',
  version: 1,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
  brandId: 'brand-lumiere',
  fileName: 'autumn.csv',
  status: 'validated',
  createdByName: 'Camille Laurent',
  totalRows: 40,
  validRows: 38,
  validProducts: 20,
  errors: [
    { line: 3, column: 'price', code: 'products.errors.price_above_list', params: {} },
    {
      line: 7,
      column: 'category',
      code: 'imports.errors.unknown_category',
      params: { value: 'shoes', allowed: 'skincare, tea' },
    },
  ],
  processedRows: 0,
  importedProducts: 0,
  failureCode: null,
  ...overrides,
});

/** A switch to Chinese, as the language menu does it. */
const ChineseSwitch = () => {
  const [, setLocale] = useLocaleState();
  return (
    <button type="button" onClick={() => setLocale('zh')}>
      中文
    </button>
  );
};

/**
 * The job page over a fake platform whose job moves on as the real one does: a commit starts the import,
 * each read advances it, a cancel stops it.
 */
function renderJob(initial: ProductImport, steps: Array<Partial<ProductImport>> = []) {
  let job = initial;
  const getOne = vi.fn(async () => {
    const next = job.status === 'importing' ? steps.shift() : undefined;
    if (next) job = { ...job, ...next };
    return { data: job };
  });
  const command = vi.fn(async (_resource: string, _id: string, action: string, body: { version: number }) => {
    expect(body.version).toBe(job.version);
    job = { ...job, version: job.version + 1, status: action === 'commit' ? 'importing' : 'cancelled' };
    return job;
  });
  renderInAdmin(
    <>
      <ChineseSwitch />
      <ProductImportShow />
    </>,
    {
      path: `/product-imports/${initial.id}/show`,
      route: '/product-imports/:id/show',
      resource: 'product-imports',
      dataProvider: { getOne: getOne as never, command },
    },
  );
  return { command };
}

const errorRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('ProductImportShow', { timeout: 60_000 }, () => {
  it('shows the dry run: counts and every error with its line and column, in English and Chinese', async () => {
    renderJob(buildJob());
    expect(await screen.findByText('autumn.csv')).toBeInTheDocument();
    expect(screen.getByText('Rows in the file').nextSibling).toHaveTextContent('40');
    expect(screen.getByText('Products to import').nextSibling).toHaveTextContent('20');
    expect(screen.getByText('Rows with errors').nextSibling).toHaveTextContent('2');
    expect(screen.getByRole('heading', { name: '2 errors to fix' })).toBeInTheDocument();
    expect(errorRows()[0]).toHaveTextContent(/^3price.*The sale price can't be above the list price\.$/);
    expect(errorRows()[1]).toHaveTextContent(
      '7category"shoes" is not a category. Use one of: skincare, tea.',
    );

    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: '2 处错误待修正' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '行号' })).toBeInTheDocument();
    expect(errorRows()[1]).toHaveTextContent('7category“shoes”不是有效类目，请使用：skincare, tea。');
  });

  it('pages a long report and reads a message key it does not know as a sentence', async () => {
    const errors: ImportRowError[] = Array.from({ length: 30 }, (_, index) => ({
      line: index + 2,
      column: 'stock',
      code: index === 29 ? 'imports.errors.brand_new_rule' : 'validation.integer',
      params: {},
    }));
    renderJob(buildJob({ errors, validRows: 10 }));
    expect(await screen.findByText('1-25 of 30')).toBeInTheDocument();
    expect(errorRows()).toHaveLength(25);
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(errorRows()).toHaveLength(5);
    expect(errorRows()[4]).toHaveTextContent(
      'The platform refused this cell (imports.errors.brand_new_rule).',
    );
  });

  it('imports after a confirmation that rows with errors are skipped, with progress, then links to the products', async () => {
    const { command } = renderJob(buildJob(), [
      { processedRows: 19 },
      { status: 'completed', processedRows: 38, importedProducts: 20 },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Import 20 products' }));
    const confirm = await screen.findByRole('dialog', { name: 'Import 20 products?' });
    expect(confirm).toHaveTextContent('The 2 rows with errors will be skipped.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Import' }));
    expect(command).toHaveBeenCalledWith('product-imports', 'import-0001', 'commit', { version: 1 });

    const progress = await screen.findByRole('progressbar', { name: 'Import progress' });
    await waitFor(() => {
      expect(progress).toHaveAttribute('aria-valuenow', '50');
      expect(screen.getByText('19 of 38 rows (50 %)')).toBeInTheDocument();
    });
    expect(await screen.findByText('Imported 20 products')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the products' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/products\?filter=.*draft/),
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('cancels an import after a confirmation, and says nothing was imported', async () => {
    const { command } = renderJob(buildJob({ status: 'importing', version: 2, processedRows: 5 }), [
      { processedRows: 10 },
      { processedRows: 15 },
      { processedRows: 20 },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel the import' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel the import?' });
    expect(confirm).toHaveTextContent('Nothing will be imported: the catalogue stays as it was.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel the import' }));
    expect(command).toHaveBeenCalledWith('product-imports', 'import-0001', 'cancel', { version: 2 });
    expect(await screen.findByText('Import cancelled')).toBeInTheDocument();
    expect(screen.getByText('Nothing was imported: the catalogue is as it was.')).toBeInTheDocument();
  });

  it('offers no import when no row is valid', async () => {
    renderJob(buildJob({ validRows: 0, validProducts: 0 }));
    expect(await screen.findByText(/No row can be imported/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('says why a job failed and that the catalogue is untouched', async () => {
    renderJob(buildJob({ status: 'failed', failureCode: 'imports.errors.interrupted' }));
    expect(await screen.findByText('The import failed')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The platform was interrupted before every row was in. Nothing was imported',
    );
  });
});
