// @vitest-environment node
import type { AfterSales, ListResponse, Order } from '../../src/api';
import { db } from '../db/store';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const stored = (id: string) => {
  const row = db.afterSales.find(id);
  if (!row) throw new Error(`${id} is missing`);
  return row;
};
const decide = (token: string, id: string, body: Record<string, unknown>) =>
  call(`/after-sales/${id}/decision`, {
    token,
    method: 'POST',
    body: { version: stored(id).version, ...body },
  });
const orderAs = async (token: string, id: string) => bodyOf<Order>(await call(`/orders/${id}`, { token }));

describe('after-sales', () => {
  it('lists the brand’s requests newest first, filtered by status and order', async () => {
    const token = await signIn('agent@lumiere.example');
    const page = await bodyOf<ListResponse<AfterSales>>(await call('/after-sales?perPage=100', { token }));
    expect(page.total).toBe(40);
    const requested = page.data.map((row) => row.requestedAt);
    expect(requested).toEqual([...requested].sort().reverse());
    const mia = await bodyOf<ListResponse<AfterSales>>(
      await call('/after-sales?orderId=order-lumiere-0002&status=requested', { token }),
    );
    expect(mia.data.map((row) => row.id)).toEqual(['as-lumiere-0002']);
    const kiwi = await signIn('agent@kiwivital.example');
    expect((await call('/after-sales/as-lumiere-0002', { token: kiwi })).status).toBe(404);
  });

  it('approves a request by itself once its deadline passed, refunding the order', async () => {
    const request = stored('as-lumiere-0002');
    const requestedAt = Date.now() - 97 * 3_600_000;
    db.afterSales.save({
      ...request,
      requestedAt: new Date(requestedAt).toISOString(),
      autoApproveAt: new Date(requestedAt + 96 * 3_600_000).toISOString(),
    });
    const token = await signIn('agent@lumiere.example');
    const answered = await bodyOf<AfterSales>(await call('/after-sales/as-lumiere-0002', { token }));
    expect(answered).toMatchObject({
      status: 'auto_approved',
      decidedByName: 'RED',
      decidedAt: answered.autoApproveAt,
    });
    expect(await orderAs(token, 'order-lumiere-0002')).toMatchObject({ refundedFen: 12_900 });
    const late = await problemOf(
      await decide(token, 'as-lumiere-0002', { outcome: 'reject', rejectReason: 'no_evidence' }),
    );
    expect(late).toMatchObject({
      status: 409,
      code: 'afterSales.already_decided',
      current: { status: 'auto_approved' },
    });
  });

  it('lets an agent approve below the threshold, and the order shows the refund', async () => {
    const token = await signIn('agent@lumiere.example');
    const before = await orderAs(token, 'order-lumiere-0002');
    const response = await decide(token, 'as-lumiere-0002', { outcome: 'approve' });
    expect(await bodyOf<AfterSales>(response)).toMatchObject({ status: 'approved', decidedByName: '林佳怡' });
    const after = await orderAs(token, 'order-lumiere-0002');
    expect(after.refundedFen).toBe(before.refundedFen + 12_900);
    expect(after.status).toBe(after.refundedFen === after.totalFen ? 'refunded' : before.status);
  });

  it('marks an order refunded once everything was given back', async () => {
    const order = db.orders.find('order-lumiere-0002');
    if (!order) throw new Error('order-lumiere-0002 is missing');
    db.afterSales.save({ ...stored('as-lumiere-0002'), amountFen: order.totalFen });
    const token = await signIn('admin@lumiere.example');
    await decide(token, 'as-lumiere-0002', { outcome: 'approve' });
    expect(await orderAs(token, 'order-lumiere-0002')).toMatchObject({
      status: 'refunded',
      refundedFen: order.totalFen,
    });
  });

  it('needs a brand admin above the threshold', async () => {
    const agent = await signIn('agent@lumiere.example');
    const refused = await decide(agent, 'as-lumiere-0003', { outcome: 'approve' });
    expect(await problemOf(refused)).toMatchObject({ status: 403, code: 'afterSales.needs_admin' });
    expect(stored('as-lumiere-0003').status).toBe('requested');
    const admin = await signIn('admin@lumiere.example');
    const approved = await decide(admin, 'as-lumiere-0003', { outcome: 'approve' });
    expect(await bodyOf<AfterSales>(approved)).toMatchObject({
      status: 'approved',
      decidedByName: 'Camille Laurent',
    });
  });

  it('lets an agent reject above the threshold, with a reason', async () => {
    const token = await signIn('agent@lumiere.example');
    const noReason = await problemOf(await decide(token, 'as-lumiere-0003', { outcome: 'reject' }));
    expect(noReason).toMatchObject({ status: 422, errors: { rejectReason: 'validation.required' } });
    const noNote = await problemOf(
      await decide(token, 'as-lumiere-0003', { outcome: 'reject', rejectReason: 'other' }),
    );
    expect(noNote).toMatchObject({ status: 422, errors: { rejectNote: 'validation.required' } });
    const response = await decide(token, 'as-lumiere-0003', {
      outcome: 'reject',
      rejectReason: 'product_used_or_damaged',
      rejectNote: '退回商品已开封使用。',
    });
    expect(await bodyOf<AfterSales>(response)).toMatchObject({
      status: 'rejected',
      rejectReason: 'product_used_or_damaged',
      rejectNote: '退回商品已开封使用。',
    });
    expect((await orderAs(token, 'order-lumiere-0003')).refundedFen).toBe(0);
  });

  it('answers a stale version with the current request, and refuses marketers', async () => {
    const token = await signIn('agent@lumiere.example');
    const stale = await call('/after-sales/as-lumiere-0002/decision', {
      token,
      method: 'POST',
      body: { version: stored('as-lumiere-0002').version - 1, outcome: 'approve' },
    });
    expect(await problemOf(stale)).toMatchObject({ status: 409, current: { id: 'as-lumiere-0002' } });
    const marketer = await signIn('marketer@lumiere.example');
    expect((await decide(marketer, 'as-lumiere-0002', { outcome: 'approve' })).status).toBe(403);
  });
});
