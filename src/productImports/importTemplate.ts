import Papa from 'papaparse';
import { isCrossBorder, productCsvColumns, type ProductCsvColumn, type TradeModel } from '../api';

const domesticExample: Record<ProductCsvColumn, string> = {
  handle: 'rose-toner',
  title: '玫瑰精华水',
  title_en: 'Rose essence toner',
  category: 'skincare',
  description: '温和保湿，适合日常护理。',
  sku_spec: '100 ml',
  price: '129.00',
  list_price: '159.00',
  stock: '100',
  barcode: '6901234567892',
  // A domestic store leaves the cross-border columns empty: the platform refuses them there.
  origin_country: '',
  hs_code: '',
  declared_unit: '',
  tax_category: '',
  price_includes_tax: '',
};

const crossBorderExample = (originCountry: string): Record<ProductCsvColumn, string> => ({
  ...domesticExample,
  origin_country: originCountry,
  hs_code: '3304990099',
  declared_unit: 'bottle',
  tax_category: 'general',
  price_includes_tax: 'true',
});

/**
 * The import template: the platform's columns in order and one example row, written here so it always matches
 * the contract. A cross-border store's example fills in the customs columns it will need.
 */
export function importTemplateCsv(store: { tradeModel: TradeModel | null; originCountry?: string }): string {
  const example = isCrossBorder(store.tradeModel)
    ? crossBorderExample(store.originCountry || 'FR')
    : domesticExample;
  return Papa.unparse({
    fields: [...productCsvColumns],
    data: [productCsvColumns.map((column) => example[column])],
  });
}
