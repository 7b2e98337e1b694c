import { skuSchema } from '../schemas/products';
import type { ProductCsvColumn } from '../schemas/imports';
import {
  bySchema,
  cellError,
  looksLikeScientific,
  readMoney,
  readWholeNumber,
  type CellResult,
} from './cells';

/** Reports a problem of one cell of the row being read. */
export type Emit = (
  column: ProductCsvColumn | '',
  code: string,
  params?: Record<string, string | number>,
) => void;

export interface SkuDraft {
  spec: string;
  priceFen: number;
  listPriceFen: number;
  stock: number;
  barcode: string;
}

const fields = skuSchema.shape;

/** The value, or undefined after reporting why the cell is not one. */
export function take<T>(result: CellResult<T>, column: ProductCsvColumn, emit: Emit): T | undefined {
  if (result.ok) return result.value;
  emit(column, result.code, result.params);
  return undefined;
}

const money = (cell: string, schema: typeof fields.priceFen): CellResult<number> => {
  const read = readMoney(cell);
  return read.ok ? bySchema(schema, read.value) : read;
};

const stockOf = (cell: string): CellResult<number> => {
  const read = readWholeNumber(cell);
  return read.ok ? bySchema(fields.stock, read.value) : read;
};

const barcodeOf = (cell: string): CellResult<string> =>
  looksLikeScientific(cell) ? cellError('imports.errors.barcode_scientific') : bySchema(fields.barcode, cell);

/** The SKU columns of one row, with the same rules as the product form (skuSchema). */
export function readSku(cell: (column: ProductCsvColumn) => string, emit: Emit): SkuDraft | null {
  const spec = take(bySchema(fields.spec, cell('sku_spec')), 'sku_spec', emit);
  const priceFen = take(money(cell('price'), fields.priceFen), 'price', emit);
  const listPriceFen = take(money(cell('list_price'), fields.listPriceFen), 'list_price', emit);
  const stock = take(stockOf(cell('stock')), 'stock', emit);
  const barcode = take(barcodeOf(cell('barcode')), 'barcode', emit);
  if (priceFen !== undefined && listPriceFen !== undefined && priceFen > listPriceFen)
    emit('price', 'products.errors.price_above_list');
  if (
    spec === undefined ||
    priceFen === undefined ||
    listPriceFen === undefined ||
    stock === undefined ||
    barcode === undefined ||
    priceFen > listPriceFen
  )
    return null;
  return { spec, priceFen, listPriceFen, stock, barcode };
}
