import Papa from 'papaparse';
import { fenToYuan } from '../../domain/yuan';
import { productCsvColumns, type ProductCsvColumn } from '../schemas/imports';
import type { Product } from '../schemas/products';

/** Excel opens a CSV as the system's code page unless it starts with a byte-order mark: Chinese needs it. */
export const CSV_BOM = '\uFEFF';

type Row = Record<ProductCsvColumn, string>;

function rowsOf(product: Product): Row[] {
  const customs = product.crossBorder;
  return product.skus.map((sku) => ({
    // The id groups the SKU rows; an import of the file makes new products, it never updates these.
    handle: product.id,
    title: product.title,
    title_en: product.titleEn,
    category: product.category,
    description: product.description,
    sku_spec: sku.spec,
    price: fenToYuan(sku.priceFen),
    list_price: fenToYuan(sku.listPriceFen),
    stock: String(sku.stock),
    barcode: sku.barcode,
    origin_country: customs?.originCountry ?? '',
    hs_code: customs?.hsCode ?? '',
    declared_unit: customs?.declaredUnit ?? '',
    tax_category: customs?.taxCategory ?? '',
    price_includes_tax: customs ? String(customs.priceIncludesTax) : '',
  }));
}

/**
 * The products as CSV text in the import columns, one row per SKU, money in yuan, so an export can be
 * edited and imported again. Cells that a spreadsheet would run as a formula are defused with an
 * apostrophe, which the import takes off again. CRLF line breaks as Excel writes; without the BOM: add CSV_BOM when writing a file.
 */
export function productsToCsv(products: readonly Product[]): string {
  const rows = products.flatMap(rowsOf);
  const text = Papa.unparse(
    {
      fields: [...productCsvColumns],
      data: rows.map((row) => productCsvColumns.map((column) => row[column])),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
  // Every line ends with a line break, the last one too, whether or not there are rows.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
