import { configure, screen, within } from '@testing-library/react';
import { testDataProvider } from 'react-admin';
import type { ProductImport } from '../api';
import { renderInAdmin } from '../test/renderInAdmin';
import { ProductImportList } from './ProductImportList';

configure({ asyncUtilTimeout: 10_000 });

const job: ProductImport = {
  id: 'import-0002',
  version: 3,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:05:00.000Z',
  brandId: 'brand-lumiere',
  fileName: 'winter-gifts.csv',
  status: 'completed',
  createdByName: 'Camille Laurent',
  totalRows: 120,
  validRows: 118,
  validProducts: 40,
  errors: [],
  processedRows: 118,
  importedProducts: 40,
  failureCode: null,
};

describe('ProductImportList', { timeout: 60_000 }, () => {
  it("lists the brand's imports, newest first, with their status and counts", async () => {
    const getList = vi.fn(async () => ({ data: [job], total: 1 }));
    renderInAdmin(<ProductImportList />, {
      resource: 'product-imports',
      dataProvider: testDataProvider({ getList: getList as never }),
    });
    const row = (await screen.findByText('winter-gifts.csv')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Completed')).toBeInTheDocument();
    expect(within(row).getByText('120')).toBeInTheDocument();
    expect(within(row).getByText('Camille Laurent')).toBeInTheDocument();
    expect(getList).toHaveBeenCalledWith(
      'product-imports',
      expect.objectContaining({ sort: { field: 'createdAt', order: 'DESC' } }),
    );
    expect(screen.getByRole('link', { name: 'Import CSV' })).toHaveAttribute(
      'href',
      '/product-imports/create',
    );
  });

  it('invites to the first import when there is none', async () => {
    renderInAdmin(<ProductImportList />, {
      resource: 'product-imports',
      dataProvider: testDataProvider({ getList: async () => ({ data: [], total: 0 }) as never }),
    });
    expect(await screen.findByText('No imports yet')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Import CSV' })).toBeInTheDocument();
  });
});
