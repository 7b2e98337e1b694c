import type { CrossBorder, ProductCreate, Sku } from '../../src/api';

/** Bodies of POST /products for tests: valid as they are; override what the test is about. */
export const customsFR: CrossBorder = {
  originCountry: 'FR',
  hsCode: '3304990099',
  declaredUnit: 'bottle',
  taxCategory: 'high_end_cosmetics',
  priceIncludesTax: true,
};

export const skuBody = (overrides: Partial<Sku> = {}): Sku => ({
  spec: '50 ml',
  priceFen: 9900,
  listPriceFen: 12900,
  stock: 30,
  barcode: '',
  ...overrides,
});

/** A new product of Maison Lumière, whose bonded-warehouse store needs the customs data. */
export const lumiereProductBody = (overrides: Partial<ProductCreate> = {}): ProductCreate => ({
  title: '玫瑰护手霜',
  titleEn: 'Rose Hand Cream',
  category: 'skincare',
  skus: [skuBody()],
  crossBorder: customsFR,
  ...overrides,
});
