import type { Product, ProductStatus } from '../../../src/api';
import type { BrandCatalogue } from './catalogue';
import type { Random } from './random';
import { daysBeforeBase } from './time';

// The first five products of each brand cover every status, so each brand's dashboard shows them all.
const leadingStatuses: ProductStatus[] = ['listed', 'draft', 'in_review', 'rejected', 'delisted'];
// In review and rejected need a moderation story behind them (seed/moderation.ts), so the rest never draw them.
const statusWeights = { listed: 6, draft: 2, delisted: 1 } satisfies Partial<Record<ProductStatus, number>>;
const discounts = [1, 1, 0.95, 0.9, 0.85, 0.8];

const joinTitle = (...parts: string[]) => parts.filter(Boolean).join(' ');

export function seedProducts(catalogue: BrandCatalogue, random: Random): Product[] {
  const products: Product[] = [];
  for (const [variantZh, variantEn, factor] of catalogue.variants) {
    for (const [baseZh, baseEn, category, listPriceYuan] of catalogue.bases) {
      const index = products.length;
      const listPriceFen = Math.round(listPriceYuan * factor) * 100;
      const priceFen = Math.round((listPriceFen * random.pick(discounts)) / 100) * 100;
      // About one product in six runs low, so low-stock lists and warnings have something to show.
      const stock = random.next() < 0.16 ? random.int(0, 9) : random.int(10, 800);
      const ageDays = random.int(20, 360);
      products.push({
        id: `prod-${catalogue.slug}-${String(index + 1).padStart(4, '0')}`,
        version: random.int(1, 4),
        createdAt: daysBeforeBase(ageDays, random.int(0, 600)),
        updatedAt: daysBeforeBase(random.int(0, ageDays - 1), random.int(0, 600)),
        brandId: catalogue.brandId,
        status: leadingStatuses[index] ?? random.weighted(statusWeights),
        title: joinTitle(catalogue.titlePrefix, baseZh, variantZh),
        titleEn: joinTitle(baseEn, variantEn),
        category,
        description: `${baseZh}${variantZh ? `（${variantZh}）` : ''}，由${catalogue.titlePrefix}出品。`,
        priceFen,
        listPriceFen,
        stock,
        review: { state: 'none', itemId: null, decision: null },
      });
    }
  }
  return products;
}
