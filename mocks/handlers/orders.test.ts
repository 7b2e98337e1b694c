// @vitest-environment node
import type { ListResponse, Order, RevealResponse } from '../../src/api';
import { db } from '../db/store';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const fullPhone = () => db.orders.find('order-lumiere-0002')?.buyerPhone ?? 'missing';

describe('orders', () => {
  it('lists the brand’s orders newest first, masked, filtered and searched', async () => {
    const token = await signIn('agent@lumiere.example');
    const page = await bodyOf<ListResponse<Order>>(await call('/orders?perPage=100', { token }));
    expect(page.total).toBe(db.orders.all().filter((order) => order.brandId === 'brand-lumiere').length);
    expect(page.data.every((order) => order.brandId === 'brand-lumiere')).toBe(true);
    const placed = page.data.map((order) => order.placedAt);
    expect(placed).toEqual([...placed].sort().reverse());
    expect(page.data.some((order) => 'buyerPhone' in order || 'buyerAddress' in order)).toBe(false);

    const failed = await bodyOf<ListResponse<Order>>(await call('/orders?customsStatus=failed', { token }));
    expect(failed.data.map((order) => order.id)).toContain('order-lumiere-0004');
    const mia = await bodyOf<ListResponse<Order>>(
      await call('/orders?buyerId=buyer-lumiere-0002', { token }),
    );
    expect(mia.data.every((order) => order.buyerName === 'Mia 米娅')).toBe(true);
    const byNumber = await bodyOf<ListResponse<Order>>(await call('/orders?q=RED2611200002', { token }));
    expect(byNumber.data.map((order) => order.id)).toEqual(['order-lumiere-0002']);
  });

  it('never answers the full phone, nor lets anyone filter by it', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await call('/orders/order-lumiere-0002', { token });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain(fullPhone());
    expect(JSON.parse(text)).toMatchObject({
      buyerPhoneMasked: `${fullPhone().slice(0, 3)}****${fullPhone().slice(-4)}`,
    });
    expect((await call(`/orders?buyerPhone=${fullPhone()}`, { token })).status).toBe(400);
  });

  it('answers another brand’s order as missing', async () => {
    const token = await signIn('agent@kiwivital.example');
    expect((await call('/orders/order-lumiere-0002', { token })).status).toBe(404);
    const reveal = await call('/orders/order-lumiere-0002/reveal', {
      token,
      method: 'POST',
      body: { field: 'phone' },
    });
    expect(reveal.status).toBe(404);
  });

  it('reveals the phone to an agent and records who looked', async () => {
    const token = await signIn('agent@lumiere.example');
    const response = await call('/orders/order-lumiere-0002/reveal', {
      token,
      method: 'POST',
      body: { field: 'phone' },
    });
    expect(await bodyOf<RevealResponse>(response)).toEqual({ field: 'phone', value: fullPhone() });
    const order = await bodyOf<Order>(await call('/orders/order-lumiere-0002', { token }));
    expect(order.reveals).toEqual([
      { field: 'phone', byId: 'user-lumiere-agent', byName: '林佳怡', at: expect.any(String) },
    ]);
    expect(order.version).toBe(2);
  });

  it('refuses marketers a reveal, and an unknown field', async () => {
    const marketer = await signIn('marketer@lumiere.example');
    const refused = await call('/orders/order-lumiere-0002/reveal', {
      token: marketer,
      method: 'POST',
      body: { field: 'phone' },
    });
    expect(refused.status).toBe(403);
    expect(db.orders.find('order-lumiere-0002')?.reveals).toEqual([]);
    const agent = await signIn('agent@lumiere.example');
    const invalid = await call('/orders/order-lumiere-0002/reveal', {
      token: agent,
      method: 'POST',
      body: { field: 'email' },
    });
    expect(await problemOf(invalid)).toMatchObject({
      status: 422,
      errors: { field: 'validation.invalid_choice' },
    });
  });
});
