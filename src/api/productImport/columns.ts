import { productCsvColumns, type ProductCsvColumn } from '../schemas/imports';
import type { ImportRowError } from '../schemas/imports';
import type { CsvRecord } from './readCsv';

/** Whether the brand's store needs, refuses or (not set up yet) leaves open the cross-border columns. */
export type CrossBorderRule = 'required' | 'refused' | 'optional';

export const crossBorderColumns = [
  'origin_country',
  'hs_code',
  'declared_unit',
  'tax_category',
  'price_includes_tax',
] as const satisfies readonly ProductCsvColumn[];

/** Columns that describe the product: every row of one `handle` must agree on them. */
export const productColumns = [
  'title',
  'title_en',
  'category',
  'description',
  ...crossBorderColumns,
] as const satisfies readonly ProductCsvColumn[];

const alwaysRequired: readonly ProductCsvColumn[] = [
  'handle',
  'title',
  'category',
  'sku_spec',
  'price',
  'list_price',
  'stock',
];

export type ColumnIndex = Partial<Record<ProductCsvColumn, number>>;

/** "List Price " and "list-price" are the same column as list_price: people retype headers. */
const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const isColumn = (name: string): name is ProductCsvColumn =>
  (productCsvColumns as readonly string[]).includes(name);

/** Where each known column is, and what is wrong with the header line. */
export function mapColumns(header: CsvRecord, crossBorder: CrossBorderRule) {
  const columns: ColumnIndex = {};
  const errors: ImportRowError[] = [];
  const problem = (column: string, code: string) =>
    errors.push({ line: header.line, column, code, params: { column } });
  header.cells.forEach((cell, index) => {
    const name = normalise(cell);
    if (name === '') return;
    if (!isColumn(name)) problem(cell, 'imports.errors.unknown_column');
    else if (columns[name] !== undefined) problem(cell, 'imports.errors.duplicate_column');
    else columns[name] = index;
  });
  const required = crossBorder === 'required' ? [...alwaysRequired, ...crossBorderColumns] : alwaysRequired;
  for (const column of required)
    if (columns[column] === undefined) problem(column, 'imports.errors.missing_column');
  return { columns, errors };
}

/** The cell of `column` in a record ('' when the column or the cell is missing: Excel drops trailing ones). */
export const cellIn = (record: CsvRecord, columns: ColumnIndex, column: ProductCsvColumn): string => {
  const index = columns[column];
  return index === undefined ? '' : (record.cells[index] ?? '');
};
