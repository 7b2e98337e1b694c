import type {
  AfterSales,
  AfterSalesRejectReason,
  AfterSalesStatus,
  AfterSalesType,
} from '../../../../src/api';
import { autoApprovalAt, needsAdminApproval } from '../../../../src/domain/service';
import type { StoredOrder } from '../../types';
import type { Random } from '../random';
import { HOUR_MS, MINUTE_MS, iso } from './clock';
import type { ServiceBrand } from './people';

const buyerReasons: Record<AfterSalesType, string[]> = {
  refund_only: [
    '拍错规格了，还没发货，想退款 / Ordered the wrong size, please refund before it ships',
    '清关太久了，不想等了 / Customs is taking too long, I would rather have a refund',
    '外盒破损，瓶身有漏液 / The box arrived damaged and the bottle leaked',
  ],
  return_refund: [
    '用了两次脸颊泛红，想退货 / My cheeks turned red after two uses, I want to return it',
    '收到的颜色和图片差别较大 / The colour is quite different from the pictures',
    '重复下单了，多的一件想退 / I ordered twice by mistake and want to return one',
  ],
  exchange: [
    '想换成清爽型 / I would like to exchange it for the light version',
    '收到的色号不对，麻烦换一下 / Wrong shade received, please exchange it',
  ],
};
const rejectNotes: Record<AfterSalesRejectReason, string> = {
  outside_return_window: '已超过 7 天无理由退货期。',
  product_used_or_damaged: '退回商品已使用过半，无法二次销售。',
  no_evidence: '买家未提供漏液照片，已在会话中提醒补充后重新申请。',
  already_resolved: '已通过补发解决。',
  other: '买家表示不再需要退货。',
};

/** What the demo relies on: Mia's small refund waiting for an agent, and a large one that needs an admin. */
const pinnedLumiere: Record<number, Partial<AfterSales> & { requestedAgoMs: number }> = {
  2: {
    type: 'refund_only',
    amountFen: 12_900,
    status: 'requested',
    requestedAgoMs: 20 * HOUR_MS,
    buyerReason: '不想要了，商品还没拆封 / Changed my mind, the parcel is still sealed',
  },
  3: { type: 'return_refund', amountFen: 88_000, status: 'requested', requestedAgoMs: 30 * HOUR_MS },
  // Order 4 is the customs failure the demo shows: still open, so its buyer's refund request waits too.
  4: {
    type: 'refund_only',
    status: 'requested',
    requestedAgoMs: 5 * HOUR_MS,
    buyerReason: '清关失败了，不想再等了 / Customs failed, I would rather not wait',
  },
};

const typeFor = (order: StoredOrder, random: Random): AfterSalesType =>
  order.status === 'paid' || order.status === 'shipped'
    ? 'refund_only'
    : random.weighted({ return_refund: 3, refund_only: 1, exchange: 1 });

function amountFor(order: StoredOrder, type: AfterSalesType, random: Random): number {
  const line = random.pick(order.items);
  if (type === 'refund_only' && random.next() < 0.5) return order.totalFen;
  return Math.min(line.unitPriceFen * (type === 'exchange' ? 1 : line.quantity), order.totalFen);
}

/**
 * After-sales requests on the brand's first orders. Undecided ones sit inside their 72/96 h (a few in
 * the last hours, so the countdowns show urgency); approved ones have already refunded their orders,
 * see refundApproved.
 */
export function seedAfterSales(
  brand: ServiceBrand,
  orders: StoredOrder[],
  count: number,
  thresholdFen: number,
  random: Random,
  now: number,
): AfterSales[] {
  const windowMs = autoApprovalAt(0, brand.crossBorder);
  return orders.slice(0, count).map((order, index) => {
    const pinned = brand.slug === 'lumiere' ? pinnedLumiere[index + 1] : undefined;
    const type = pinned?.type ?? typeFor(order, random);
    const amountFen = pinned?.amountFen ?? amountFor(order, type, random);
    const placedAt = Date.parse(order.placedAt);
    const oldEnough = now - placedAt > windowMs + 2 * HOUR_MS;
    let status: AfterSalesStatus =
      pinned?.status ?? random.weighted({ requested: 10, approved: 12, rejected: 6, auto_approved: 5 });
    if (status === 'auto_approved' && !oldEnough) status = 'approved';
    const requestedAt = requestTime(status, placedAt, now, windowMs, random, pinned?.requestedAgoMs);
    const autoApproveAt = autoApprovalAt(requestedAt, brand.crossBorder);
    const decided = decision(status, requestedAt, autoApproveAt, now, random);
    const decider = needsAdminApproval(amountFen, thresholdFen) ? brand.admin : random.pick(brand.agents);
    const rejectReason =
      status === 'rejected' ? random.pick(Object.keys(rejectNotes) as AfterSalesRejectReason[]) : null;
    return {
      id: `as-${brand.slug}-${String(index + 1).padStart(4, '0')}`,
      version: status === 'requested' ? 1 : 2,
      createdAt: iso(requestedAt),
      updatedAt: iso(decided ?? requestedAt),
      brandId: brand.brandId,
      orderId: order.id,
      orderNumber: order.number,
      buyerId: order.buyerId,
      buyerName: order.buyerName,
      type,
      buyerReason: pinned?.buyerReason ?? random.pick(buyerReasons[type]),
      amountFen,
      crossBorder: brand.crossBorder,
      status,
      requestedAt: iso(requestedAt),
      autoApproveAt: iso(autoApproveAt),
      decidedAt: decided === null ? null : iso(decided),
      decidedByName: status === 'requested' ? null : status === 'auto_approved' ? 'RED' : decider.name,
      rejectReason,
      rejectNote: rejectReason ? rejectNotes[rejectReason] : null,
    };
  });
}

function requestTime(
  status: AfterSalesStatus,
  placedAt: number,
  now: number,
  windowMs: number,
  random: Random,
  pinnedAgoMs?: number,
): number {
  if (pinnedAgoMs !== undefined) return now - pinnedAgoMs;
  const earliest = placedAt + HOUR_MS;
  if (status === 'auto_approved')
    return Math.max(
      earliest,
      Math.min(now - windowMs - random.int(1, 48) * HOUR_MS, earliest + 48 * HOUR_MS),
    );
  // One undecided request in four is in its last 10 hours, the rest anywhere inside the window.
  const agoMs =
    status === 'requested' && random.next() < 0.25
      ? windowMs - random.int(1, 10) * HOUR_MS
      : random.int(1, (windowMs - 12 * HOUR_MS) / MINUTE_MS) * MINUTE_MS;
  return Math.min(Math.max(now - agoMs, earliest), now - 10 * MINUTE_MS);
}

function decision(
  status: AfterSalesStatus,
  requestedAt: number,
  autoApproveAt: number,
  now: number,
  random: Random,
) {
  if (status === 'requested') return null;
  if (status === 'auto_approved') return autoApproveAt;
  return Math.min(requestedAt + random.int(10, 20 * 60) * MINUTE_MS, now - MINUTE_MS);
}

/** An approved refund has given its money back: the order shows it, and is refunded once all of it is. */
export function refundApproved(orders: StoredOrder[], afterSales: AfterSales[]): StoredOrder[] {
  const refunds = new Map<string, { fen: number; at: string }>();
  for (const request of afterSales) {
    const approved = request.status === 'approved' || request.status === 'auto_approved';
    if (!approved || request.type === 'exchange' || !request.decidedAt) continue;
    const before = refunds.get(request.orderId)?.fen ?? 0;
    refunds.set(request.orderId, { fen: before + request.amountFen, at: request.decidedAt });
  }
  return orders.map((order) => {
    const refund = refunds.get(order.id);
    if (!refund) return order;
    const refundedFen = Math.min(order.totalFen, refund.fen);
    return {
      ...order,
      version: order.version + 1,
      updatedAt: refund.at,
      refundedFen,
      status: refundedFen >= order.totalFen ? 'refunded' : order.status,
    };
  });
}
