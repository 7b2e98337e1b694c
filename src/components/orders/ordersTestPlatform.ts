// Test-only: orders and after-sales records and a small stateful fake of their endpoints, so the
// shared order pieces are tested without depending on the mock platform's handlers.
import { vi } from 'vitest';
import {
  HttpError,
  type DataProvider,
  type GetListParams,
  type GetOneParams,
  type RaRecord,
} from 'react-admin';
import type { AfterSales, AfterSalesDecision, Order } from '../../api';

const HOUR = 3_600_000;

export const buildOrder = (overrides: Partial<Order> = {}): Order => ({
  id: 'order-lumiere-0002',
  version: 1,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  brandId: 'brand-lumiere',
  number: 'RED2611200002',
  buyerId: 'buyer-lumiere-0002',
  buyerName: 'Mia 米娅',
  buyerPhoneMasked: '138****5678',
  buyerAddressMasked: '上海市 浦东新区 ****',
  status: 'delivered',
  items: [
    { productId: 'p1', productName: '玫瑰精华水', skuSpec: '100 ml', quantity: 1, unitPriceFen: 12_900 },
  ],
  goodsFen: 12_900,
  shippingFen: 0,
  taxFen: 0,
  discountFen: 0,
  totalFen: 12_900,
  refundedFen: 0,
  crossBorder: true,
  customsStatus: 'passed',
  customsFailureReason: null,
  carrier: 'SF Express',
  trackingNumber: 'SF1234567890',
  tracking: [{ at: '2026-01-02T08:00:00.000Z', description: '已签收 Delivered', place: '上海' }],
  placedAt: '2026-01-01T08:00:00.000Z',
  reveals: [],
  ...overrides,
});

export const buildAfterSales = (overrides: Partial<AfterSales> = {}): AfterSales => {
  const requestedAt = new Date(Date.now() - 20 * HOUR).toISOString();
  return {
    id: 'as-lumiere-0002',
    version: 1,
    createdAt: requestedAt,
    updatedAt: requestedAt,
    brandId: 'brand-lumiere',
    orderId: 'order-lumiere-0002',
    orderNumber: 'RED2611200002',
    buyerId: 'buyer-lumiere-0002',
    buyerName: 'Mia 米娅',
    type: 'refund_only',
    buyerReason: '收到的瓶子漏了 / The bottle leaked',
    amountFen: 12_900,
    crossBorder: true,
    status: 'requested',
    requestedAt,
    autoApproveAt: new Date(Date.parse(requestedAt) + 96 * HOUR).toISOString(),
    decidedAt: null,
    decidedByName: null,
    rejectReason: null,
    rejectNote: null,
    ...overrides,
  };
};

const forbidden = (code: string) => new HttpError(code, 403, { code, status: 403 });

/**
 * Orders, after-sales and a 50,000 fen approval threshold, answering like the platform: reveals are
 * logged, a decision refunds the order, above the threshold only a brand admin may approve.
 */
export function fakeOrdersPlatform(
  options: { orders?: Order[]; afterSales?: AfterSales[]; admin?: boolean } = {},
) {
  const orders = new Map((options.orders ?? [buildOrder()]).map((order) => [order.id, order]));
  const requests = new Map(
    (options.afterSales ?? [buildAfterSales()]).map((request) => [request.id, request]),
  );
  const tables: Record<string, Map<string, RaRecord>> = { orders, 'after-sales': requests };
  const matches = (record: RaRecord, filter: Record<string, unknown>) =>
    Object.entries(filter).every(([key, value]) => record[key] === value);
  const decide = (id: string, body: AfterSalesDecision) => {
    const request = requests.get(id);
    if (!request) throw new HttpError('errors.not_found', 404, {});
    if (body.version !== request.version) throw new HttpError('errors.conflict', 409, { current: request });
    if (body.outcome === 'approve' && request.amountFen > 50_000 && !options.admin)
      throw forbidden('afterSales.needs_admin');
    const approved = body.outcome === 'approve';
    const decided: AfterSales = {
      ...request,
      version: request.version + 1,
      status: approved ? 'approved' : 'rejected',
      decidedAt: new Date().toISOString(),
      decidedByName: 'Li Lei',
      rejectReason: body.rejectReason ?? null,
      rejectNote: body.rejectNote || null,
    };
    requests.set(id, decided);
    const order = orders.get(request.orderId);
    if (approved && order)
      orders.set(order.id, {
        ...order,
        status: 'refunded',
        refundedFen: order.refundedFen + request.amountFen,
      });
    return decided;
  };
  const reveal = (id: string, field: 'phone' | 'address') => {
    const order = orders.get(id);
    if (!order) throw new HttpError('errors.not_found', 404, {});
    const entry = { field, byId: 'user-cs_agent', byName: 'Li Lei', at: new Date().toISOString() };
    orders.set(id, { ...order, reveals: [...order.reveals, entry] });
    return { field, value: field === 'phone' ? '13812345678' : '上海市 浦东新区 世纪大道 100 号' };
  };
  return {
    getList: (async (resource: string, params: GetListParams) => {
      const data = [...(tables[resource]?.values() ?? [])].filter((record) => matches(record, params.filter));
      return { data, total: data.length };
    }) as DataProvider['getList'],
    getOne: (async (resource: string, params: GetOneParams) => {
      if (resource === 'service-settings')
        return { data: { id: params.id, version: 1, brandId: params.id, approvalThresholdFen: 50_000 } };
      const record = tables[resource]?.get(String(params.id));
      if (!record) throw new HttpError('errors.not_found', 404, {});
      return { data: record };
    }) as DataProvider['getOne'],
    command: vi.fn(async (resource: string, id: string, action: string, body: unknown) => {
      if (resource === 'orders' && action === 'reveal')
        return reveal(id, (body as { field: 'phone' | 'address' }).field);
      if (resource === 'after-sales' && action === 'decision') return decide(id, body as AfterSalesDecision);
      throw new Error(`unexpected command ${resource} ${action}`);
    }),
  };
}
