// Record builders for tests: a valid record of each kind; override what the test is about.
import type { CrossBorder, Product, Sku, Store, TeamMember } from '../api';

/** A valid SKU for tests. */
export const buildSku = (overrides: Partial<Sku> = {}): Sku & { id: string } => ({
  id: 'sku-1',
  spec: '100 ml',
  priceFen: 12_900,
  listPriceFen: 15_900,
  stock: 42,
  barcode: '',
  ...overrides,
});

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
  images: [],
  attributes: [],
  skus: [buildSku()],
  crossBorder: null,
  priceFen: 12_900,
  stock: 42,
  review: { state: 'none', itemId: null, decision: null },
  ...overrides,
});

/** Cross-border fields of a product, as a bonded-warehouse store's product has them. */
export const buildCrossBorder = (overrides: Partial<CrossBorder> = {}): CrossBorder => ({
  originCountry: 'FR',
  hsCode: '33049900',
  declaredUnit: 'bottle',
  taxCategory: 'high_end_cosmetics',
  priceIncludesTax: false,
  ...overrides,
});

/** An open store, cross-border (bonded warehouse) unless the tradeModel says otherwise. */
export const buildStore = (overrides: Partial<Store> = {}): Store => ({
  id: 'brand-lumiere',
  version: 3,
  createdAt: '2025-01-05T08:00:00.000Z',
  updatedAt: '2025-02-05T08:00:00.000Z',
  brandId: 'brand-lumiere',
  status: 'open',
  openedAt: '2025-02-05T08:00:00.000Z',
  name: 'Maison Lumière 官方旗舰店',
  logo: null,
  banner: null,
  intro: '来自巴黎的护肤品牌。',
  storeType: 'cross_border_flagship',
  tradeModel: 'bonded_warehouse',
  shippingOrigin: 'FR',
  warehouse: '宁波保税仓',
  returnAddress: '浙江省宁波市北仑区保税区 1 号',
  returnPolicy: 'seven_days_no_reason',
  settlementBank: 'BNP Paribas',
  settlementAccountName: 'Maison Lumière SAS',
  settlementAccountNumber: '',
  settlementSwift: 'BNPAFRPP',
  settlementIban: 'FR7630004000031234567890143',
  settlementCurrency: 'EUR',
  serviceHoursStart: '09:00',
  serviceHoursEnd: '21:00',
  ...overrides,
});

/** A valid team member for tests; override what the test is about. */
export const buildTeamMember = (overrides: Partial<TeamMember> = {}): TeamMember => ({
  id: 'm2',
  version: 4,
  createdAt: '2025-01-10T08:00:00.000Z',
  updatedAt: '2025-02-10T08:00:00.000Z',
  brandId: 'b1',
  email: 'chen.jing@bloom.test',
  name: 'Chen Jing',
  role: 'brand_marketer',
  status: 'active',
  lastSignInAt: '2025-03-01T09:30:00.000Z',
  ...overrides,
});
