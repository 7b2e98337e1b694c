import { z } from 'zod';
import { recordMetaSchema } from './common';

/**
 * A CSV import of products is a platform job (docs/api.md, "Product imports"):
 * POST /product-imports (multipart `file`) validates every row without importing anything and answers
 * the job `validated` with each row's errors; POST /product-imports/:id/commit imports the valid rows
 * in the background (GET shows progress); POST /product-imports/:id/cancel stops it. Rows become
 * products only when the whole job completes: a failed or cancelled job leaves the catalogue as it was.
 */
export const importStatusSchema = z.enum(['validated', 'importing', 'completed', 'failed', 'cancelled']);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** One problem of one cell: the CSV line number (the header is line 1), the column header and a message key. */
export const importRowErrorSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const productImportSchema = recordMetaSchema.extend({
  brandId: z.string(),
  fileName: z.string(),
  status: importStatusSchema,
  createdByName: z.string(),
  /** Data rows in the file, and how many of them passed validation (these are what commit imports). */
  totalRows: z.number().int(),
  validRows: z.number().int(),
  /** Products the valid rows make (rows sharing a `handle` are the SKUs of one product). */
  validProducts: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /** Progress of the commit: valid rows processed so far. */
  processedRows: z.number().int(),
  importedProducts: z.number().int(),
  /** Message key when failed. */
  failureCode: z.string().nullable(),
});
export type ProductImport = z.infer<typeof productImportSchema>;

export const importCommandSchema = z.object({ version: z.number().int() });

/** The CSV columns, in order, for import and export alike. Money is in yuan with up to two decimals. */
export const productCsvColumns = [
  'handle',
  'title',
  'title_en',
  'category',
  'description',
  'sku_spec',
  'price',
  'list_price',
  'stock',
  'barcode',
  'origin_country',
  'hs_code',
  'declared_unit',
  'tax_category',
  'price_includes_tax',
] as const;
export type ProductCsvColumn = (typeof productCsvColumns)[number];
