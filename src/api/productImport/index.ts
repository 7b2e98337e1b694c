// Product CSV import and export, pure and shared: the console previews with it, the platform decides with it.
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
export { crossBorderColumns, productColumns, type CrossBorderRule } from './columns';
export { readCsv, type CsvFile, type CsvRecord } from './readCsv';
export type { ImportedProduct } from './rowReader';
export {
  crossBorderRuleFor,
  validateProductCsv,
  type ImportContext,
  type ProductCsvReport,
} from './validateProductCsv';
export { CSV_BOM, productsToCsv } from './productsToCsv';
