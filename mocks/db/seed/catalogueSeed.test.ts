// @vitest-environment node
import {
  isCrossBorder,
  productCategories,
  productSchema,
  productStatusSchema,
  type Product,
} from '../../../src/api';
import { activeDictionary } from '../../../src/api/claimDictionary';
import { checkCopy, copyOf } from '../../lib/claims';
import { createSeed } from '.';

const seed = createSeed();
const productsOf = (brandId: string) => seed.products.filter((product) => product.brandId === brandId);

describe('the seeded catalogue', () => {
  it('has 64 and 48 products for Lumière and Kiwi Vital and 10,000 for Yunshan, each in every status', () => {
    const counts = { 'brand-lumiere': 64, 'brand-kiwivital': 48, 'brand-yunshan': 10_000 };
    for (const [brandId, count] of Object.entries(counts)) {
      const products = productsOf(brandId);
      expect(products).toHaveLength(count);
      expect(new Set(products.map((product) => product.status))).toEqual(
        new Set(productStatusSchema.options),
      );
      expect(products.some((product) => product.stock < 10)).toBe(true);
      expect(products.map((product) => product.id)).toEqual(
        products.map(
          (_, index) => `prod-${brandId.slice('brand-'.length)}-${String(index + 1).padStart(4, '0')}`,
        ),
      );
    }
    expect(seed.products[0].id).toBe('prod-lumiere-0001');
    expect(new Set(productsOf('brand-yunshan').map((product) => product.title)).size).toBe(10_000);
  });

  it('holds only valid products whose price and stock are their SKUs’ lowest price and total stock', () => {
    // One assertion per rule over all 10,112 products: an expect per product would take seconds.
    const broken = (rule: (product: Product) => boolean) =>
      seed.products.filter((product) => !rule(product)).map((product) => product.id);
    expect(broken((product) => productSchema.safeParse(product).success)).toEqual([]);
    expect(broken((product) => product.skus.length >= 1 && product.skus.length <= 4)).toEqual([]);
    expect(
      broken((product) => product.priceFen === Math.min(...product.skus.map((sku) => sku.priceFen))),
    ).toEqual([]);
    expect(
      broken((product) => product.stock === product.skus.reduce((sum, sku) => sum + sku.stock, 0)),
    ).toEqual([]);
    expect(broken((product) => product.skus.every((sku) => sku.priceFen <= sku.listPriceFen))).toEqual([]);
    expect(broken((product) => (productCategories as readonly string[]).includes(product.category))).toEqual(
      [],
    );
    const skus = seed.products.flatMap((product) => product.skus);
    expect(new Set(skus.map((sku) => sku.id)).size).toBe(skus.length);
    expect(new Set(skus.map((sku) => sku.barcode)).size).toBe(skus.length);
  });

  it('gives the cross-border brands’ products their customs data and Yunshan’s none', () => {
    for (const [brandId, country] of [
      ['brand-lumiere', 'FR'],
      ['brand-kiwivital', 'NZ'],
    ]) {
      for (const product of productsOf(brandId)) {
        expect(product.crossBorder?.originCountry).toBe(country);
        expect(product.crossBorder?.hsCode).toMatch(/^(\d{8}|\d{10})$/);
      }
    }
    const lumiereSkincare = productsOf('brand-lumiere').filter((product) => product.category === 'skincare');
    expect(lumiereSkincare.some((product) => product.crossBorder?.taxCategory === 'high_end_cosmetics')).toBe(
      true,
    );
    expect(productsOf('brand-yunshan').every((product) => product.crossBorder === null)).toBe(true);
  });

  it('makes no banned advertising claims in titles', () => {
    const banned = /最|第一|首选|顶级|国家级|best|No\.?\s*1|number one/i;
    expect(
      seed.products.filter((product) => banned.test(product.title) || banned.test(product.titleEn)),
    ).toEqual([]);
  });

  it('gives the engine nothing to find in the copy of Yunshan’s long tail', () => {
    const dictionary = activeDictionary(seed.dictionaryEntries);
    const flagged = productsOf('brand-yunshan')
      .slice(36)
      .filter((product) => checkCopy(copyOf(product), dictionary).flagged.length > 0);
    expect(flagged.map((product) => product.id)).toEqual([]);
  });
  it('lists products only of brands whose store is open, with customs data that fits the store', () => {
    const live = seed.products.filter(
      (product) => product.status === 'listed' || product.status === 'in_review',
    );
    const storeOf = (brandId: string) => seed.stores.find((store) => store.brandId === brandId);
    expect(live.filter((product) => storeOf(product.brandId)?.status !== 'open').map((p) => p.id)).toEqual(
      [],
    );
    const misfits = seed.products.filter(
      (product) => isCrossBorder(storeOf(product.brandId)?.tradeModel) !== (product.crossBorder !== null),
    );
    expect(misfits.map((product) => product.id)).toEqual([]);
  });
});
