import { productCsvColumns, type ProductCsvColumn } from '../src/api/schemas/imports';

export type ProductCsvRow = Record<ProductCsvColumn, string>;

// RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled.
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A product CSV as a spreadsheet saves it ("CSV UTF-8": the columns of the contract in their order, CRLF
 * line ends), ready for Playwright's file chooser.
 */
export function productCsvUpload(name: string, rows: readonly ProductCsvRow[]) {
  const lines = [
    productCsvColumns.join(','),
    ...rows.map((row) => productCsvColumns.map((column) => cell(row[column])).join(',')),
  ];
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') };
}

/** The CSV line a data row is on: the header is line 1. */
export const csvLineOf = (rowIndex: number) => rowIndex + 2;
