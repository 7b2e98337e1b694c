import type { Product } from '../api';

/** A valid product for tests; override what the test is about. */
export const buildProduct = (overrides: Partial<Product> = {}): Product => ({
  id: 'p1',
  version: 1,
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-02T08:00:00.000Z',
  brandId: 'b1',
  status: 'listed',
  title: '玫瑰精华水',
  titleEn: 'Rose essence toner',
  category: 'skincare',
  description: '',
  priceFen: 12_900,
  listPriceFen: 15_900,
  stock: 42,
  review: { state: 'none', itemId: null, decision: null },
  ...overrides,
});
