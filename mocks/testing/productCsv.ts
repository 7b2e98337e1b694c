import { productCsvColumns, type ProductCsvColumn } from '../../src/api';
import { db } from '../db/store';
import { validatedJob } from '../lib/importJobs';
import { call } from './client';

/** Product CSV files for tests, written as a spreadsheet would save them. */
export type CsvRow = Partial<Record<ProductCsvColumn, string>>;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
export const csvOf = (rows: readonly CsvRow[]) =>
  [productCsvColumns, ...rows.map((row) => productCsvColumns.map((column) => row[column] ?? ''))]
    .map((cells) => cells.map(quote).join(','))
    .join('\r\n');

/** A valid row of a domestic store (Yunshan Tea). */
export const teaRow = (overrides: CsvRow = {}): CsvRow => ({
  handle: 'new-tea',
  title: '云山茶 高山乌龙 250克',
  title_en: 'High Mountain Oolong 250 g',
  category: 'tea',
  description: '高山茶园，手工采摘。',
  sku_spec: '罐装',
  price: '168',
  list_price: '198',
  stock: '40',
  ...overrides,
});

/** A valid row of a cross-border store (Maison Lumière, bonded warehouse). */
export const skincareRow = (overrides: CsvRow = {}): CsvRow => ({
  handle: 'new-balm',
  title: '露光之家 玫瑰润唇膏',
  title_en: 'Rose Lip Balm',
  category: 'skincare',
  sku_spec: '4 g',
  price: '129',
  list_price: '149',
  stock: '60',
  origin_country: 'FR',
  hs_code: '3304990099',
  declared_unit: 'piece',
  tax_category: 'general',
  price_includes_tax: 'true',
  ...overrides,
});

/** POST /product-imports as the console's startProductImport sends it. */
export function uploadCsv(token: string, text: string | Uint8Array, fileName = 'products.csv') {
  const form = new FormData();
  const bytes = typeof text === 'string' ? new TextEncoder().encode(`\uFEFF${text}`) : text;
  form.append('file', new File([bytes.slice()], fileName, { type: 'text/csv' }));
  return call('/product-imports', { token, method: 'POST', body: form });
}

/** A validated job put straight into the platform, for tests that start from one. */
export const storedImportJob = (brandId: string, text: string) =>
  db.productImports.insert(validatedJob({ brandId, createdByName: 'Test', fileName: 'seeded.csv', text }));
