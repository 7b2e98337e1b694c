// Record builders for tests: a valid record of each kind; override what the test is about.
import type { Product, TeamMember } from '../api';

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
