import type { ClaimDictionary } from '../../domain/claims';
import { isCrossBorder, type TradeModel } from '../schemas/brands';
import type { ImportRowError } from '../schemas/imports';
import { mapColumns, type CrossBorderRule } from './columns';
import { readCsv } from './readCsv';
import { createRowReader, type ImportedProduct } from './rowReader';

export interface ImportContext {
  /** The trade model of the brand's store: cross-border stores need the customs columns, domestic ones refuse them. */
  tradeModel: TradeModel | null;
  /** When given, copy the platform would block is an error (the platform always passes its dictionary). */
  dictionary?: ClaimDictionary;
}

export interface ProductCsvReport {
  /** Products whose every row is valid: only these are imported, never part of a product. */
  products: ImportedProduct[];
  /** Every problem found, in line order; the line and column say where to look in the spreadsheet. */
  errors: ImportRowError[];
  /** Data rows, empty lines left out. */
  totalRows: number;
  /** Rows of the products above: what a commit imports. */
  validRows: number;
}

export const crossBorderRuleFor = (tradeModel: TradeModel | null): CrossBorderRule => {
  if (isCrossBorder(tradeModel)) return 'required';
  return tradeModel === 'domestic' ? 'refused' : 'optional';
};

/**
 * Validates a product CSV (the columns of `productCsvColumns`) without importing anything: every row's
 * problems with the line and column, and the products the valid rows make. Rows sharing a `handle` are
 * the SKUs of one product and must agree on the product columns. Pure: the console and the platform
 * run the same rules.
 */
export function validateProductCsv(text: string, context: ImportContext): ProductCsvReport {
  const { header, records, unterminatedQuotes } = readCsv(text);
  if (header === null) {
    const empty: ImportRowError = { line: 1, column: '', code: 'imports.errors.empty_file', params: {} };
    return { products: [], errors: [empty], totalRows: 0, validRows: 0 };
  }
  const rule = crossBorderRuleFor(context.tradeModel);
  const { columns, errors: headerErrors } = mapColumns(header, rule);
  // Without the right columns no row can be read: the header's problems are the whole report.
  if (headerErrors.length > 0)
    return { products: [], errors: headerErrors, totalRows: records.length, validRows: 0 };

  const reader = createRowReader({
    columns,
    width: header.cells.length,
    rule,
    dictionary: context.dictionary,
  });
  for (const record of records) reader.read(record, unterminatedQuotes.has(record.line));
  const products = reader.products();
  return {
    products,
    errors: reader.errors(),
    totalRows: records.length,
    validRows: products.reduce((sum, product) => sum + product.rowCount, 0),
  };
}
