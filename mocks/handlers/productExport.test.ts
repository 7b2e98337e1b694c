// @vitest-environment node
import { productCsvColumns, type ListResponse, type Product, type ProductImport } from '../../src/api';
import { readCsv } from '../../src/api/productImport';
import { bodyOf, call, signIn } from '../testing/client';
import { uploadCsv } from '../testing/productCsv';

const exportAs = async (token: string, query: string) => {
  const response = await call(`/products/export.csv?${query}`, { token });
  expect(response.status).toBe(200);
  return response;
};

describe('exporting products as CSV', () => {
  it('writes every product the filters select, one row per SKU, as UTF-8 with a BOM', async () => {
    const token = await signIn('agent@lumiere.example');
    const response = await exportAs(token, 'status=listed&sort=priceFen&order=DESC&page=2&perPage=5');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="products-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { header, records } = readCsv(new TextDecoder().decode(bytes));
    expect(header?.cells).toEqual([...productCsvColumns]);

    const listed = await bodyOf<ListResponse<Product>>(
      await call('/products?status=listed&perPage=100&sort=priceFen&order=DESC', { token }),
    );
    // The whole selection, not the page the list was on.
    expect(records).toHaveLength(listed.data.reduce((rows, product) => rows + product.skus.length, 0));
    expect([...new Set(records.map((record) => record.cells[0]))]).toEqual(listed.data.map((p) => p.id));
    const [first] = listed.data;
    expect(records[0].cells.slice(0, 10)).toEqual([
      first.id,
      first.title,
      first.titleEn,
      first.category,
      first.description,
      first.skus[0].spec,
      String(first.skus[0].priceFen / 100),
      String(first.skus[0].listPriceFen / 100),
      String(first.skus[0].stock),
      first.skus[0].barcode,
    ]);
  });

  it('writes the products named by id, of the caller’s brand only', async () => {
    const token = await signIn('admin@kiwivital.example');
    const response = await exportAs(token, 'id=prod-kiwivital-0001&id=prod-lumiere-0001');
    const { records } = readCsv(await response.text());
    expect(new Set(records.map((record) => record.cells[0]))).toEqual(new Set(['prod-kiwivital-0001']));
  });

  it('exports all 10,000 of Yunshan’s products', async () => {
    const token = await signIn('admin@yunshan.example');
    const { records } = readCsv(await (await exportAs(token, '')).text());
    expect(new Set(records.map((record) => record.cells[0])).size).toBe(10_000);
  });

  it('gives a file that imports again without an error', async () => {
    const token = await signIn('admin@lumiere.example');
    const exported = await (await exportAs(token, 'category=makeup')).arrayBuffer();
    const job = await bodyOf<ProductImport>(await uploadCsv(token, new Uint8Array(exported)));
    expect(job).toMatchObject({ status: 'validated', errors: [], validProducts: 16 });
    expect(job.validRows).toBe(job.totalRows);
  });

  it('refuses a filter it does not know, as the list does', async () => {
    const token = await signIn('admin@lumiere.example');
    expect((await call('/products/export.csv?colour=red', { token })).status).toBe(400);
  });
});
