// @vitest-environment node
import type { Brand, Dashboard, Product } from '../../src/api';
import { SEED_BASE_TIME } from '../db/seed/time';
import { resetPlatform } from '../node';
import { bodyOf, call, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const dashboardOf = async (email: string) =>
  bodyOf<Dashboard>(await call('/dashboard', { token: await signIn(email) }));

describe('the dashboard', () => {
  it('gives a brand admin product and team figures of their brand', async () => {
    const dashboard = await dashboardOf('admin@lumiere.example');
    expect(dashboard.products?.total).toBe(64);
    const byStatus = Object.values(dashboard.products?.byStatus ?? {});
    expect(byStatus).toHaveLength(5);
    expect(byStatus.every((count) => count > 0)).toBe(true);
    expect(byStatus.reduce((sum, count) => sum + count, 0)).toBe(64);
    expect(dashboard.products?.lowStock).toBeGreaterThan(0);
    expect(dashboard.team).toEqual({ active: 4, invited: 1, deactivated: 1 });
    expect(dashboard.brands).toBeUndefined();
  });

  it('follows changes: a SKU’s stock moves the stock value by that SKU’s price', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await bodyOf<Dashboard>(await call('/dashboard', { token }));
    const product = await bodyOf<Product>(await call('/products/prod-lumiere-0001', { token }));
    const [first, ...rest] = product.skus;
    await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: product.version, skus: [{ ...first, stock: first.stock + 1 }, ...rest] },
    });
    const after = await bodyOf<Dashboard>(await call('/dashboard', { token }));
    expect(after.products?.stockValueFen).toBe((before.products?.stockValueFen ?? 0) + first.priceFen);
  });

  it('gives a marketer products but no team', async () => {
    const dashboard = await dashboardOf('marketer@lumiere.example');
    expect(dashboard.products?.total).toBe(64);
    expect(dashboard.team).toBeUndefined();
  });

  it('gives a moderator the brands by trade model and the queue', async () => {
    const dashboard = await dashboardOf('moderator@red.example');
    expect(dashboard).toEqual({
      // Nordic Bloom's store has not chosen a trade model yet: it counts among the brands only.
      brands: { total: 4, byTradeModel: { bonded_warehouse: 1, direct_mail: 1, domestic: 1 } },
      moderation: { pending: 6, oldestPendingHours: expect.any(Number) },
    });
    // The oldest seeded item was submitted 70 hours before the seed base time.
    const waited = (Date.now() - SEED_BASE_TIME) / 3_600_000 + 70;
    expect(dashboard.moderation?.oldestPendingHours).toBe(Math.floor(waited));
  });
});

describe('brands', () => {
  it('lets a moderator list and search every brand', async () => {
    const token = await signIn('moderator@red.example');
    const all = await bodyOf<{ total: number }>(await call('/brands', { token }));
    expect(all.total).toBe(4);
    const found = await bodyOf<{ data: Brand[] }>(await call('/brands?q=kiwi', { token }));
    expect(found.data.map((brand) => brand.id)).toEqual(['brand-kiwivital']);
  });

  it('shows a brand user their own brand and 404 for others', async () => {
    const token = await signIn('agent@lumiere.example');
    expect((await call('/brands/brand-lumiere', { token })).status).toBe(200);
    expect((await call('/brands/brand-yunshan', { token })).status).toBe(404);
    expect((await call('/brands', { token })).status).toBe(403);
  });
});
