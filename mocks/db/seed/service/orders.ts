import type { CustomsStatus, OrderItem, OrderStatus, Product } from '../../../../src/api';
import type { StoredOrder } from '../../types';
import type { Random } from '../random';
import { orderItemOf } from './catalogue';
import { DAY_MS, HOUR_MS, iso } from './clock';
import { maskAddress, maskPhone, type Buyer, type ServiceBrand } from './people';
import { statusByAge, trackingOf } from './tracking';

export const customsFailureReasons = [
  '订购人身份证姓名与支付人不一致 / ID name does not match the payer',
  '订购人年度跨境消费额度已用完 / The buyer has used up the annual cross-border allowance',
];
const customsAbnormalReasons = [
  '申报价格与支付金额不符，待补充材料 / Declared value differs from the payment; documents requested',
  '包裹被海关抽检，等待查验结果 / Selected for inspection; awaiting the result',
];

/** What the demo and the tests rely on, by order number within the brand (Lumière's first orders). */
interface Pinned {
  ageMs: number;
  customs?: CustomsStatus;
  reason?: string;
  minGoodsFen?: number;
}
const pinnedLumiere: Record<number, Pinned> = {
  2: { ageMs: 4 * DAY_MS },
  3: { ageMs: 8 * DAY_MS, minGoodsFen: 90_000 },
  4: { ageMs: 30 * HOUR_MS, customs: 'failed', reason: customsFailureReasons[0] },
  5: { ageMs: 40 * HOUR_MS, customs: 'abnormal', reason: customsAbnormalReasons[0] },
  6: { ageMs: 22 * HOUR_MS, customs: 'declared' },
  7: { ageMs: 3 * HOUR_MS, customs: 'pending' },
};
/** Orders below this sequence carry the seeded after-sales, so none of them is cancelled. */
export const ORDERS_WITH_AFTER_SALES = 40;

const cityOf = (buyer: Buyer) => buyer.region.split(' ').slice(-2).join(' ');

function itemsFor(products: Product[], random: Random, minGoodsFen: number): OrderItem[] {
  const items: OrderItem[] = [];
  const goods = () => items.reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);
  const lines = random.int(1, 3);
  while (items.length < lines || goods() < minGoodsFen) {
    const product = random.pick(products);
    if (items.some((item) => item.productId === product.id)) continue;
    items.push(orderItemOf(product, random.int(0, 3), random.int(1, 2)));
  }
  return items;
}

function customsOf(status: OrderStatus, random: Random, pinned?: Pinned) {
  if (pinned?.customs) return { customsStatus: pinned.customs, customsFailureReason: pinned.reason ?? null };
  if (status === 'paid') {
    const customsStatus = random.weighted({ pending: 3, declared: 4, abnormal: 1, failed: 1 });
    const reasons = customsStatus === 'failed' ? customsFailureReasons : customsAbnormalReasons;
    const failing = customsStatus === 'failed' || customsStatus === 'abnormal';
    return { customsStatus, customsFailureReason: failing ? random.pick(reasons) : null };
  }
  // A cancelled order never reached customs; everything that shipped passed.
  return {
    customsStatus: status === 'cancelled' ? 'pending' : 'passed',
    customsFailureReason: null,
  } as const;
}

interface OrderDraft {
  sequence: number;
  buyer: Buyer;
  ageMs: number;
  pinned?: Pinned;
}

function buildOrder(
  brand: ServiceBrand,
  products: Product[],
  random: Random,
  now: number,
  draft: OrderDraft,
) {
  const { sequence, buyer, ageMs, pinned } = draft;
  const placedAt = now - ageMs;
  const cancellable = sequence > ORDERS_WITH_AFTER_SALES && !pinned;
  const status: OrderStatus = cancellable && random.next() < 0.04 ? 'cancelled' : statusByAge(ageMs);
  const items = itemsFor(products, random, pinned?.minGoodsFen ?? 0);
  const goodsFen = items.reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);
  const shippingFen = goodsFen >= 19_900 ? 0 : 1_000;
  // Kiwi Vital's prices leave out the cross-border tax (9.1% for general goods); Lumière's include it.
  const taxFen = brand.crossBorder && !brand.priceIncludesTax ? Math.round(goodsFen * 0.091) : 0;
  const discountFen =
    random.next() < 0.3 ? Math.min(random.pick([1_000, 2_000, 3_000, 5_000]), Math.floor(goodsFen / 5)) : 0;
  const shipped = status !== 'paid' && status !== 'cancelled';
  const number = String(sequence).padStart(5, '0');
  const order: StoredOrder = {
    id: `order-${brand.slug}-${String(sequence).padStart(4, '0')}`,
    version: 1,
    createdAt: iso(placedAt),
    updatedAt: iso(placedAt),
    brandId: brand.brandId,
    number: `RED${brand.orderNumberPrefix}${number}`,
    buyerId: buyer.id,
    buyerName: buyer.name,
    buyerPhoneMasked: maskPhone(buyer.phone),
    buyerAddressMasked: maskAddress(buyer.region),
    buyerPhone: buyer.phone,
    buyerAddress: buyer.address,
    status,
    items,
    goodsFen,
    shippingFen,
    taxFen,
    discountFen,
    totalFen: goodsFen + shippingFen + taxFen - discountFen,
    refundedFen: 0,
    crossBorder: brand.crossBorder,
    ...(brand.crossBorder
      ? customsOf(status, random, pinned)
      : { customsStatus: null, customsFailureReason: null }),
    carrier: shipped ? brand.carrier : null,
    trackingNumber: shipped ? `${brand.trackingPrefix}${String(random.int(1e11, 1e12 - 1))}` : null,
    tracking: trackingOf(placedAt, status, brand.crossBorder, cityOf(buyer)),
    placedAt: iso(placedAt),
    reveals: [],
  };
  return order;
}

/**
 * Each of the brand's first buyers has placed an order, most of them a second one: order n belongs to
 * buyer n for the first round (so order-lumiere-0002 is Mia's), the second round follows.
 */
export function seedOrders(
  brand: ServiceBrand,
  buyers: Buyer[],
  products: Product[],
  random: Random,
  now: number,
): StoredOrder[] {
  const drafts: OrderDraft[] = buyers.slice(0, brand.buyersWithOrders).map((buyer, index) => {
    const pinned = brand.slug === 'lumiere' ? pinnedLumiere[index + 1] : undefined;
    return {
      sequence: index + 1,
      buyer,
      ageMs: pinned?.ageMs ?? random.int(3 * 24, 60 * 24) * HOUR_MS,
      pinned,
    };
  });
  for (const buyer of buyers.slice(0, brand.buyersWithOrders)) {
    if (random.next() < 0.1) continue;
    drafts.push({ sequence: drafts.length + 1, buyer, ageMs: random.int(2, 40 * 24) * HOUR_MS });
  }
  return drafts.map((draft) => buildOrder(brand, products, random, now, draft));
}
