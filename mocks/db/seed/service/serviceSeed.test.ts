// @vitest-environment node
import { customsStatusSchema, type Message } from '../../../../src/api';
import { chinaDayOf, replyFigures, type ServiceMessage } from '../../../../src/domain/service';
import { db } from '../../store';
import { seedService } from '.';
import { stateOf } from './summary';

// 14:00 in China: inside service hours, so "today" has answered waits to count.
const now = Date.parse('2026-11-25T06:00:00Z');
const seed = seedService(now);
const minutesBefore = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
const ofBrand = <T extends { brandId: string }>(rows: T[], brandId: string) =>
  rows.filter((row) => row.brandId === brandId);
const messagesByConversation = new Map<string, Message[]>();
for (const message of seed.messages)
  messagesByConversation.set(message.conversationId, [
    ...(messagesByConversation.get(message.conversationId) ?? []),
    message,
  ]);
const find = <T extends { id: string }>(rows: T[], id: string) => {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`${id} is missing`);
  return row;
};

describe('the service seed: the facts the contract promises', () => {
  it('gives Lumière 1,000 conversations, Kiwi Vital 40, Yunshan 20 and Nordic Bloom none', () => {
    const count = (brandId: string) => ofBrand(seed.conversations, brandId).length;
    expect([count('brand-lumiere'), count('brand-kiwivital'), count('brand-yunshan')]).toEqual([
      1000, 40, 20,
    ]);
    expect(count('brand-nordbloom')).toBe(0);
    expect(find(seed.conversations, 'conv-lumiere-1000').buyerId).toBe('buyer-lumiere-1000');
  });

  it('has 小鹿Lulu with exactly 500 messages, held by 林佳怡 and waiting since a minute ago', () => {
    const lulu = find(seed.conversations, 'conv-lumiere-0001');
    expect(lulu).toMatchObject({
      buyerName: '小鹿Lulu',
      assigneeId: 'user-lumiere-agent',
      assigneeName: '林佳怡',
      status: 'open',
      lastMessageAuthor: 'buyer',
      lastMessageAt: minutesBefore(1),
      waitingSince: minutesBefore(1),
    });
    const thread = messagesByConversation.get('conv-lumiere-0001') ?? [];
    expect(thread).toHaveLength(500);
    // Spread over weeks.
    expect(now - Date.parse(thread[0].createdAt)).toBeGreaterThan(14 * 86_400_000);
  });

  it('has Mia 米娅 unassigned, waiting for 30 s, with her order and a small refund request', () => {
    expect(find(seed.conversations, 'conv-lumiere-0002')).toMatchObject({
      buyerId: 'buyer-lumiere-0002',
      buyerName: 'Mia 米娅',
      status: 'open',
      assigneeId: null,
      waitingSince: new Date(now - 30_000).toISOString(),
      orderIds: expect.arrayContaining(['order-lumiere-0002']),
    });
    const order = find(seed.orders, 'order-lumiere-0002');
    expect(order).toMatchObject({ number: 'RED2611200002', buyerId: 'buyer-lumiere-0002', refundedFen: 0 });
    expect(order.status).not.toBe('refunded');
    expect(find(seed.afterSales, 'as-lumiere-0002')).toMatchObject({
      orderId: 'order-lumiere-0002',
      type: 'refund_only',
      status: 'requested',
      amountFen: 12_900,
      requestedAt: minutesBefore(20 * 60),
    });
  });

  it('has a requested after-sales above Lumière’s 50,000 fen threshold', () => {
    expect(find(seed.afterSales, 'as-lumiere-0003')).toMatchObject({
      orderId: 'order-lumiere-0003',
      status: 'requested',
      amountFen: 88_000,
    });
    expect(find(seed.serviceSettings, 'brand-lumiere').approvalThresholdFen).toBe(50_000);
    expect(find(seed.orders, 'order-lumiere-0003').totalFen).toBeGreaterThanOrEqual(88_000);
  });

  it('has unassigned waiting buyers, ~150 active assigned conversations, the rest resolved', () => {
    const lumiere = ofBrand(seed.conversations, 'brand-lumiere');
    const unassignedWaiting = lumiere.filter((row) => !row.assigneeId && row.waitingSince);
    expect(unassignedWaiting.length).toBeGreaterThanOrEqual(8);
    const active = lumiere.filter((row) => row.status !== 'resolved' && row.assigneeId);
    expect(active.length).toBeGreaterThanOrEqual(140);
    expect(active.length).toBeLessThanOrEqual(160);
    expect(new Set(active.map((row) => row.assigneeId))).toEqual(
      new Set(['user-lumiere-agent', 'user-lumiere-agent2']),
    );
    expect(new Set(lumiere.map((row) => row.status))).toEqual(
      new Set(['open', 'pending', 'snoozed', 'resolved']),
    );
  });

  it('covers every customs status, with order-lumiere-0004 failed on the ID check', () => {
    const lumiere = ofBrand(seed.orders, 'brand-lumiere');
    expect(new Set(lumiere.map((order) => order.customsStatus))).toEqual(
      new Set(customsStatusSchema.options),
    );
    expect(find(seed.orders, 'order-lumiere-0004')).toMatchObject({
      customsStatus: 'failed',
      customsFailureReason: '订购人身份证姓名与支付人不一致 / ID name does not match the payer',
    });
    expect(ofBrand(seed.orders, 'brand-yunshan').every((order) => order.customsStatus === null)).toBe(true);
  });

  it('has the quick replies and one settings row per brand', () => {
    expect(find(seed.quickReplies, 'qr-lumiere-01')).toMatchObject({
      title: '发货通知 / Shipping notice',
      body: '您好 {buyerName}，您的订单 {orderNumber} 已发货，运单号 {trackingNumber}。',
    });
    const perBrand = (brandId: string) => ofBrand(seed.quickReplies, brandId).length;
    expect([perBrand('brand-lumiere'), perBrand('brand-kiwivital'), perBrand('brand-yunshan')]).toEqual([
      6, 3, 3,
    ]);
    expect(seed.serviceSettings.map(({ id, approvalThresholdFen }) => [id, approvalThresholdFen])).toEqual([
      ['brand-lumiere', 50_000],
      ['brand-kiwivital', 30_000],
      ['brand-yunshan', 30_000],
      ['brand-nordbloom', 30_000],
    ]);
  });
});

describe('the service seed: consistency', () => {
  it('keeps every conversation’s summary true to its messages', () => {
    for (const conversation of seed.conversations) {
      const thread = messagesByConversation.get(conversation.id) ?? [];
      expect(thread.length, conversation.id).toBeGreaterThanOrEqual(2);
      expect(conversation, conversation.id).toMatchObject(stateOf(thread));
      if (conversation.status !== 'open') expect(conversation.waitingSince, conversation.id).toBeNull();
    }
    expect(seed.messages.length).toBeLessThan(9_000);
    expect(new Set(seed.messages.map((message) => message.id)).size).toBe(seed.messages.length);
  });

  it('shows cards of the brand’s real products and the buyer’s own orders', () => {
    const cards = seed.messages.filter((message) => message.product || message.order);
    expect(cards.some((message) => message.kind === 'product')).toBe(true);
    for (const message of cards) {
      if (message.product) {
        const product = db.products.find(message.product.productId);
        expect(product?.brandId).toBe(message.brandId);
        expect(message.product).toMatchObject({ name: product?.title, priceFen: product?.priceFen });
      }
      if (message.order) {
        const order = find(seed.orders, message.order.orderId);
        expect(find(seed.conversations, message.conversationId).orderIds).toContain(order.id);
      }
    }
  });

  it('has amounts that add up, refunds that match approved after-sales, and masked contacts', () => {
    for (const order of seed.orders) {
      const goods = order.items.reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);
      expect(order.goodsFen, order.id).toBe(goods);
      expect(order.totalFen).toBe(order.goodsFen + order.shippingFen + order.taxFen - order.discountFen);
      expect(order.refundedFen).toBeLessThanOrEqual(order.totalFen);
      expect(order.status === 'refunded').toBe(order.refundedFen === order.totalFen);
      expect(order.buyerPhoneMasked).toBe(`${order.buyerPhone.slice(0, 3)}****${order.buyerPhone.slice(-4)}`);
      expect(order.buyerAddress.startsWith(order.buyerAddressMasked.replace(' ****', ''))).toBe(true);
      expect(order.crossBorder).toBe(order.customsStatus !== null);
      for (const item of order.items) expect(db.products.find(item.productId)?.brandId).toBe(order.brandId);
    }
    for (const request of seed.afterSales) {
      expect(request.amountFen).toBeLessThanOrEqual(find(seed.orders, request.orderId).totalFen);
      const hours = request.crossBorder ? 96 : 72;
      expect(Date.parse(request.autoApproveAt) - Date.parse(request.requestedAt)).toBe(hours * 3_600_000);
      if (request.status === 'requested') expect(Date.parse(request.autoApproveAt)).toBeGreaterThan(now);
    }
  });

  it('dates everything at or before the seed time (snoozes and auto-approvals lie ahead)', () => {
    const times = [
      ...seed.messages.map((message) => message.createdAt),
      ...seed.conversations.flatMap((row) => [row.createdAt, row.updatedAt, row.lastMessageAt]),
      ...seed.orders.flatMap((order) => [
        order.placedAt,
        order.updatedAt,
        ...order.tracking.map((step) => step.at),
      ]),
      ...seed.afterSales.flatMap((request) => [
        request.requestedAt,
        request.decidedAt ?? request.requestedAt,
      ]),
    ];
    expect(times.filter((at) => Date.parse(at) > now)).toEqual([]);
  });

  it('gives today’s reply figures something to count', () => {
    const asServiceMessage = (message: Message): ServiceMessage => ({
      at: Date.parse(message.createdAt),
      from: message.author === 'buyer' ? 'buyer' : 'merchant',
      agentId: message.authorId ?? undefined,
      auto: message.author === 'auto',
      internal: message.internal,
    });
    const conversations = ofBrand(seed.conversations, 'brand-lumiere').map((row) => ({
      assigneeId: row.assigneeId,
      messages: (messagesByConversation.get(row.id) ?? []).map(asServiceMessage),
    }));
    const figures = replyFigures(conversations, chinaDayOf(now), now);
    expect(figures.measured).toBeGreaterThan(10);
    expect(figures.rate).toBeGreaterThan(0);
  });

  // A guard against a slow seed, loose enough for a busy shared machine (it runs once per test worker).
  it('builds fast', () => {
    const started = performance.now();
    seedService(now);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
