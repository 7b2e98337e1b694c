import type { CrossBorder, Product, ProductStatus } from '../../../src/api';
import type { BaseProduct, BrandCatalogue } from './catalogue';
import type { Random } from './random';
import { seedSkus } from './skus';
import { daysBeforeBase } from './time';

// The first five products of each brand cover every status, so each brand's dashboard shows them all.
const leadingStatuses: ProductStatus[] = ['listed', 'draft', 'in_review', 'rejected', 'delisted'];
// In review and rejected need a moderation story behind them (seed/moderation.ts), so the rest never draw them.
export const statusWeights = { listed: 6, draft: 2, delisted: 1 } satisfies Partial<
  Record<ProductStatus, number>
>;
const discounts = [1, 1, 0.95, 0.9, 0.85, 0.8];

const joinTitle = (...parts: string[]) => parts.filter(Boolean).join(' ');

export const productNumberOf = (index: number) => String(index + 1).padStart(4, '0');

function crossBorderOf(catalogue: BrandCatalogue, base: BaseProduct): CrossBorder | null {
  const customs = base[4];
  if (!catalogue.origin || !customs) return null;
  return {
    originCountry: catalogue.origin.country,
    ...customs,
    priceIncludesTax: catalogue.origin.priceIncludesTax,
  };
}

/**
 * The brand's catalogue of bases × variants. `random` draws what the products were before they had
 * SKUs (so ids, statuses, prices and stock stay as the demo knows them); `skuRandom` draws the SKUs.
 */
export function seedProducts(catalogue: BrandCatalogue, random: Random, skuRandom: Random): Product[] {
  const products: Product[] = [];
  for (const [variantZh, variantEn, factor] of catalogue.variants) {
    for (const base of catalogue.bases) {
      const [baseZh, baseEn, category, listPriceYuan] = base;
      const index = products.length;
      const id = `prod-${catalogue.slug}-${productNumberOf(index)}`;
      const listPriceFen = Math.round(listPriceYuan * factor) * 100;
      const priceFen = Math.round((listPriceFen * random.pick(discounts)) / 100) * 100;
      // About one product in six runs low, so low-stock lists and warnings have something to show.
      const stock = random.next() < 0.16 ? random.int(0, 9) : random.int(10, 800);
      const ageDays = random.int(20, 360);
      const skus = seedSkus(
        {
          productId: id,
          ladder: base[5] ?? category,
          priceFen,
          listPriceFen,
          stock,
          barcodePrefix: catalogue.barcodePrefix,
          productNumber: index + 1,
        },
        skuRandom,
      );
      products.push({
        id,
        version: random.int(1, 4),
        createdAt: daysBeforeBase(ageDays, random.int(0, 600)),
        updatedAt: daysBeforeBase(random.int(0, ageDays - 1), random.int(0, 600)),
        brandId: catalogue.brandId,
        status: leadingStatuses[index] ?? random.weighted(statusWeights),
        title: joinTitle(catalogue.titlePrefix, baseZh, variantZh),
        titleEn: joinTitle(baseEn, variantEn),
        category,
        description: `${baseZh}${variantZh ? `（${variantZh}）` : ''}，由${catalogue.titlePrefix}出品。`,
        images: [],
        attributes: catalogue.attributes.map(([name, value]) => ({ name, value })),
        skus,
        crossBorder: crossBorderOf(catalogue, base),
        priceFen,
        stock,
        review: { state: 'none', itemId: null, decision: null },
      });
    }
  }
  return products;
}
