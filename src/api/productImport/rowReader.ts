import type { ClaimDictionary } from '../../domain/claims';
import type { ImportRowError, ProductCsvColumn } from '../schemas/imports';
import { MAX_SKUS } from '../schemas/products';
import { cellIn, productColumns, type ColumnIndex, type CrossBorderRule } from './columns';
import type { CsvRecord } from './readCsv';
import { readProduct, type ProductFieldsDraft } from './readProduct';
import { readSku, type Emit, type SkuDraft } from './readSku';

/** What a product create takes, built from the rows of one handle. */
export interface ImportedProduct {
  handle: string;
  /** The line of the handle's first row. */
  line: number;
  rowCount: number;
  product: ProductFieldsDraft & { images: []; attributes: []; skus: SkuDraft[] };
}

/** The rows of one handle so far. */
interface Group {
  handle: string;
  first: CsvRecord;
  product: ProductFieldsDraft | undefined;
  skus: SkuDraft[];
  /** The line each SKU spec was first seen on, to name it when a spec comes twice. */
  specs: Map<string, number>;
  rowCount: number;
  valid: boolean;
}

interface RowReaderOptions {
  columns: ColumnIndex;
  /** How many cells the header has: more in a row is an error. */
  width: number;
  rule: CrossBorderRule;
  dictionary: ClaimDictionary | undefined;
}

/**
 * Reads data rows one by one into products: the first row of a handle gives the product columns, every
 * row gives a SKU. A product is valid only when all of its rows are, so nothing is imported in part.
 */
export function createRowReader({ columns, width, rule, dictionary }: RowReaderOptions) {
  const errors: ImportRowError[] = [];
  const groups = new Map<string, Group>();
  const barcodes = new Map<string, number>();

  function startGroup(
    handle: string,
    record: CsvRecord,
    cell: (column: ProductCsvColumn) => string,
    emit: Emit,
  ) {
    const product = readProduct(cell, rule, dictionary, emit);
    const group: Group = {
      handle,
      first: record,
      product,
      skus: [],
      specs: new Map(),
      rowCount: 0,
      valid: true,
    };
    groups.set(handle, group);
    return group;
  }

  function checkAgreement(group: Group, cell: (column: ProductCsvColumn) => string, emit: Emit) {
    for (const column of productColumns) {
      const value = cell(column);
      // Later rows may leave product columns empty; what they do say must match the first row.
      if (value !== '' && value !== cellIn(group.first, columns, column))
        emit(column, 'imports.errors.handle_mismatch', { line: group.first.line });
    }
  }

  function addSku(group: Group, sku: SkuDraft, line: number, emit: Emit) {
    const sameSpec = group.specs.get(sku.spec);
    if (sameSpec !== undefined) emit('sku_spec', 'imports.errors.duplicate_spec', { line: sameSpec });
    else group.specs.set(sku.spec, line);
    const sameBarcode = sku.barcode === '' ? undefined : barcodes.get(sku.barcode);
    if (sameBarcode !== undefined) emit('barcode', 'imports.errors.duplicate_barcode', { line: sameBarcode });
    else if (sku.barcode !== '') barcodes.set(sku.barcode, line);
    group.skus.push(sku);
  }

  function readRecord(record: CsvRecord, quotesUnterminated: boolean, emit: Emit): Group | undefined {
    if (quotesUnterminated) {
      emit('', 'imports.errors.unterminated_quote');
      return undefined;
    }
    if (record.cells.slice(width).some((extra) => extra !== ''))
      emit('', 'imports.errors.extra_cells', { expected: width, found: record.cells.length });
    const cell = (column: ProductCsvColumn) => cellIn(record, columns, column);
    const handle = cell('handle');
    if (handle === '') {
      emit('handle', 'validation.required');
      return undefined;
    }
    const existing = groups.get(handle);
    if (existing) checkAgreement(existing, cell, emit);
    const group = existing ?? startGroup(handle, record, cell, emit);
    group.rowCount += 1;
    if (group.rowCount > MAX_SKUS) emit('sku_spec', 'imports.errors.too_many_skus', { max: MAX_SKUS });
    const sku = readSku(cell, emit);
    if (sku) addSku(group, sku, record.line, emit);
    return group;
  }

  return {
    read(record: CsvRecord, quotesUnterminated: boolean): void {
      const before = errors.length;
      const emit: Emit = (column, code, params = {}) =>
        errors.push({ line: record.line, column, code, params });
      const group = readRecord(record, quotesUnterminated, emit);
      if (group && errors.length > before) group.valid = false;
    },
    errors: (): ImportRowError[] => errors,
    products(): ImportedProduct[] {
      const products: ImportedProduct[] = [];
      for (const { handle, first, product, skus, rowCount, valid } of groups.values()) {
        if (valid && product)
          products.push({
            handle,
            line: first.line,
            rowCount,
            product: { ...product, images: [], attributes: [], skus },
          });
      }
      return products;
    },
  };
}
