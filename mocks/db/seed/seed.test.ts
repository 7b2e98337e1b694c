// @vitest-environment node
import { productCategories, productSchema, productStatusSchema } from '../../../src/api';
import { createSeed } from '.';

const seed = createSeed();
const productsOf = (brandId: string) => seed.products.filter((product) => product.brandId === brandId);

describe('the seed', () => {
  it('is the same on every run', () => {
    expect(createSeed()).toEqual(seed);
  });

  it('has 64, 48 and 36 products for Lumière, Kiwi Vital and Yunshan, each in every status', () => {
    const counts = { 'brand-lumiere': 64, 'brand-kiwivital': 48, 'brand-yunshan': 36 };
    for (const [brandId, count] of Object.entries(counts)) {
      const products = productsOf(brandId);
      expect(products).toHaveLength(count);
      expect(new Set(products.map((product) => product.status))).toEqual(
        new Set(productStatusSchema.options),
      );
      expect(products.some((product) => product.stock < 10)).toBe(true);
    }
    expect(seed.products[0].id).toBe('prod-lumiere-0001');
  });

  it('holds only valid products priced at or below the list price', () => {
    for (const product of seed.products) {
      expect(productSchema.parse(product)).toEqual(product);
      expect(product.priceFen).toBeLessThanOrEqual(product.listPriceFen);
      expect(productCategories).toContain(product.category);
    }
  });

  it('makes no banned advertising claims in titles', () => {
    const banned = /最|第一|首选|顶级|国家级|best|No\.?\s*1|number one/i;
    expect(
      seed.products.filter((product) => banned.test(product.title) || banned.test(product.titleEn)),
    ).toEqual([]);
  });

  it('has one deactivated and one invited member at Lumière', () => {
    const lumiere = seed.users.filter((user) => user.brandId === 'brand-lumiere');
    expect(lumiere.filter((user) => user.status === 'deactivated')).toHaveLength(1);
    expect(lumiere.filter((user) => user.status === 'invited')).toHaveLength(1);
  });
});
