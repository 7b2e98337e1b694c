// @vitest-environment node
import type { BulkAction, BulkResult, Product } from '../../src/api';
import { db } from '../db/store';
import { bodyOf, call, problemOf, signIn } from '../testing/client';
import { lumiereProductBody } from '../testing/productBodies';

const bulk = (token: string, body: BulkAction) => call('/products/bulk', { token, method: 'POST', body });
const reportOf = async (response: Response) => {
  expect(response.status).toBe(200);
  return bodyOf<BulkResult>(response);
};
const stored = (id: string) => {
  const product = db.products.find(id);
  if (!product) throw new Error(`no ${id} in the seed`);
  return product;
};

describe('bulk listing and delisting', () => {
  it('moves each product by the rules of a single move and reports each in the order asked', async () => {
    const token = await signIn('marketer@lumiere.example');
    const ids = [
      'prod-lumiere-0002',
      'prod-lumiere-0004',
      'prod-kiwivital-0002',
      'prod-lumiere-9999',
      'prod-lumiere-0001',
    ];
    const report = await reportOf(await bulk(token, { action: 'list', ids }));
    expect(report).toEqual({
      succeeded: 2,
      failed: 3,
      results: [
        { id: 'prod-lumiere-0002', ok: true, code: null },
        { id: 'prod-lumiere-0004', ok: false, code: 'products.errors.fix_rejection' },
        // Another brand's product is reported exactly like a missing one.
        { id: 'prod-kiwivital-0002', ok: false, code: 'errors.not_found' },
        { id: 'prod-lumiere-9999', ok: false, code: 'errors.not_found' },
        { id: 'prod-lumiere-0001', ok: true, code: null },
      ],
    });
    expect(stored('prod-lumiere-0002').status).toBe('listed');
    expect(stored('prod-lumiere-0004').status).toBe('rejected');
    expect(stored('prod-kiwivital-0002').brandId).toBe('brand-kiwivital');
  });

  it('delists, refusing drafts', async () => {
    const token = await signIn('admin@lumiere.example');
    const version = stored('prod-lumiere-0001').version;
    const report = await reportOf(
      await bulk(token, { action: 'delist', ids: ['prod-lumiere-0001', 'prod-lumiere-0002'] }),
    );
    expect(report.results.map((result) => result.code)).toEqual([null, 'products.errors.not_listed']);
    expect(stored('prod-lumiere-0001')).toMatchObject({ status: 'delisted', version: version + 1 });
  });

  it('refuses every listing while the store is not open', async () => {
    const token = await signIn('admin@nordbloom.example');
    const body = lumiereProductBody({ crossBorder: null });
    const created = await bodyOf<Product>(await call('/products', { token, method: 'POST', body }));
    const report = await reportOf(await bulk(token, { action: 'list', ids: [created.id] }));
    expect(report.results).toEqual([{ id: created.id, ok: false, code: 'products.errors.store_not_open' }]);
  });

  it('handles 1,000 products at once, and refuses more', async () => {
    const token = await signIn('admin@yunshan.example');
    const ids = Array.from(
      { length: 1000 },
      (_, index) => `prod-yunshan-${String(index + 1001).padStart(4, '0')}`,
    );
    const report = await reportOf(await bulk(token, { action: 'delist', ids }));
    expect(report.succeeded + report.failed).toBe(1000);
    expect(report.succeeded).toBe(ids.filter((id) => stored(id).status === 'delisted').length);
    const tooMany = await bulk(token, { action: 'delist', ids: [...ids, 'prod-yunshan-0001'] });
    expect(tooMany.status).toBe(422);
  });

  it('lets agents read products but not act on them', async () => {
    const token = await signIn('agent@lumiere.example');
    expect((await bulk(token, { action: 'list', ids: ['prod-lumiere-0002'] })).status).toBe(403);
  });
});

describe('bulk repricing', () => {
  it('changes every SKU’s sale price by the percentage, rounded to the fen, and bumps the version', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = stored('prod-lumiere-0001');
    const report = await reportOf(await bulk(token, { action: 'reprice', ids: [before.id], percent: -12.5 }));
    expect(report.succeeded).toBe(1);
    const after = stored(before.id);
    const expected = before.skus.map((sku) => Math.round(sku.priceFen * 0.875));
    expect(after.skus.map((sku) => sku.priceFen)).toEqual(expected);
    expect(after.skus.map((sku) => sku.listPriceFen)).toEqual(before.skus.map((sku) => sku.listPriceFen));
    expect(after).toMatchObject({ priceFen: Math.min(...expected), version: before.version + 1 });
  });

  it('refuses a product whose new price would pass its list price, changing none of its SKUs', async () => {
    const token = await signIn('admin@lumiere.example');
    const atList = db.products
      .all()
      .find((p) => p.brandId === 'brand-lumiere' && p.skus.some((s) => s.priceFen === s.listPriceFen));
    if (!atList) throw new Error('the seed has no Lumière SKU sold at its list price');
    const report = await reportOf(await bulk(token, { action: 'reprice', ids: [atList.id], percent: 5 }));
    expect(report.results).toEqual([{ id: atList.id, ok: false, code: 'products.errors.price_above_list' }]);
    expect(stored(atList.id)).toEqual(atList);
  });

  it('applies an id sent twice once, and reports it twice', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = stored('prod-lumiere-0002');
    const report = await reportOf(
      await bulk(token, { action: 'reprice', ids: [before.id, before.id], percent: -10 }),
    );
    expect(report).toMatchObject({ succeeded: 2, failed: 0 });
    expect(stored(before.id).version).toBe(before.version + 1);
  });

  it('keeps the percentage between −90 and +100', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await bulk(token, { action: 'reprice', ids: ['prod-lumiere-0002'], percent: 150 });
    expect((await problemOf(response)).errors).toEqual({ percent: 'products.errors.percent_range' });
  });
});
