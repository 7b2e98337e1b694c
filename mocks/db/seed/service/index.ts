import type { PlatformData, StoredOrder } from '../../types';
import { createRandom } from '../random';
import { refundApproved, seedAfterSales } from './afterSales';
import { productCardOf, sellableProducts } from './catalogue';
import { buildConversation, planConversation, type BrandService } from './conversations';
import { seedOrders } from './orders';
import { serviceBrands, seedBuyers, type ServiceBrand } from './people';
import { luluPlan, miaPlan } from './pinnedThreads';
import { seedQuickReplies } from './quickReplies';
import { seedServiceSettings, thresholdOf } from './settings';

export type ServiceSeed = Pick<
  PlatformData,
  'conversations' | 'messages' | 'presence' | 'orders' | 'afterSales' | 'serviceSettings' | 'quickReplies'
>;

const afterSalesCount: Record<string, number> = { lumiere: 40, kiwivital: 5, yunshan: 3 };

function seedBrandService(brand: ServiceBrand, now: number) {
  // Each brand draws from its own sequence, so a change to one brand's seed leaves the others as they were.
  const random = createRandom(20261120 + serviceBrands.indexOf(brand));
  const buyers = seedBuyers(brand, random);
  const products = sellableProducts(brand.brandId);
  const placed = seedOrders(brand, buyers, products, random, now);
  const afterSales = seedAfterSales(
    brand,
    placed,
    afterSalesCount[brand.slug],
    thresholdOf(brand.brandId),
    random,
    now,
  );
  const orders = refundApproved(placed, afterSales);
  const byBuyer = new Map<string, StoredOrder[]>();
  for (const order of orders) byBuyer.set(order.buyerId, [...(byBuyer.get(order.buyerId) ?? []), order]);
  for (const list of byBuyer.values()) list.sort((a, b) => b.placedAt.localeCompare(a.placedAt));
  const service: BrandService = {
    brand,
    buyers,
    ordersOf: (buyerId) => byBuyer.get(buyerId) ?? [],
    productCards: products.map(productCardOf),
    random,
    now,
  };
  const threads = buyers.map((_, index) => {
    const number = index + 1;
    const pinned = brand.slug === 'lumiere' && number === 1 ? luluPlan(service) : null;
    const plan =
      pinned ??
      (brand.slug === 'lumiere' && number === 2 ? miaPlan(service) : planConversation(service, number));
    return buildConversation(service, plan);
  });
  return {
    conversations: threads.map((thread) => thread.conversation),
    messages: threads.flatMap((thread) => thread.messages),
    orders,
    afterSales,
  };
}

/** Conversations, orders and after-sales of the demo brands, timed relative to `now`. */
export function seedService(now: number): ServiceSeed {
  const brands = serviceBrands.map((brand) => seedBrandService(brand, now));
  return {
    conversations: brands.flatMap((brand) => brand.conversations),
    messages: brands.flatMap((brand) => brand.messages),
    presence: [],
    orders: brands.flatMap((brand) => brand.orders),
    afterSales: brands.flatMap((brand) => brand.afterSales),
    serviceSettings: seedServiceSettings(now),
    quickReplies: seedQuickReplies(now),
  };
}
