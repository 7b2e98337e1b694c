// @vitest-environment node
import type { ListResponse, Problem, Product } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const listAs = async (token: string, query: string) => {
  const response = await call(`/products?${query}`, { token });
  expect(response.status).toBe(200);
  return bodyOf<ListResponse<Product>>(response);
};

describe('listing products', () => {
  it('pages through the brand’s 64 products with the total on every page', async () => {
    const token = await signIn('admin@lumiere.example');
    const first = await listAs(token, 'page=1&perPage=25');
    const last = await listAs(token, 'page=3&perPage=25');
    expect(first.total).toBe(64);
    expect(first.data).toHaveLength(25);
    expect(last.data).toHaveLength(14);
    expect(last.total).toBe(64);
  });

  it('sorts by any field in either order', async () => {
    const token = await signIn('admin@lumiere.example');
    const prices = (await listAs(token, 'perPage=100&sort=priceFen&order=DESC')).data.map((p) => p.priceFen);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    const titles = (await listAs(token, 'perPage=100&sort=title&order=ASC')).data.map((p) => p.title);
    expect(titles).toEqual([...titles].sort());
  });

  it('refuses an unknown sort field with 400', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await call('/products?sort=colour', { token });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe('errors.bad_request');
  });

  it('refuses more than 100 per page with 400', async () => {
    const token = await signIn('admin@lumiere.example');
    expect((await call('/products?perPage=101', { token })).status).toBe(400);
  });

  it('filters by equality, with repeated parameters meaning any of', async () => {
    const token = await signIn('admin@lumiere.example');
    const listed = await listAs(token, 'status=listed&perPage=100');
    expect(listed.total).toBeGreaterThan(0);
    expect(listed.data.every((p) => p.status === 'listed')).toBe(true);
    const either = await listAs(token, 'status=listed&status=draft&perPage=100');
    const drafts = await listAs(token, 'status=draft&perPage=100');
    expect(either.total).toBe(listed.total + drafts.total);
    const makeup = await listAs(token, 'category=makeup&perPage=100');
    expect(makeup.total).toBe(16);
  });

  it('fetches several records by id, as getMany does', async () => {
    const token = await signIn('admin@lumiere.example');
    const many = await listAs(token, 'id=prod-lumiere-0001&id=prod-lumiere-0002&id=prod-kiwivital-0001');
    expect(many.data.map((p) => p.id).sort()).toEqual(['prod-lumiere-0001', 'prod-lumiere-0002']);
  });

  it('searches title and English title case-insensitively with q', async () => {
    const token = await signIn('admin@lumiere.example');
    const camellia = await listAs(token, 'q=CAMELLIA&perPage=100');
    expect(camellia.total).toBe(4);
    expect(camellia.data.every((p) => p.titleEn.includes('Camellia'))).toBe(true);
    expect((await listAs(token, 'q=山茶花')).total).toBe(4);
  });

  it('filters by stock and price bounds', async () => {
    const token = await signIn('admin@lumiere.example');
    const low = await listAs(token, 'stockLte=9&perPage=100');
    expect(low.total).toBeGreaterThan(0);
    expect(low.data.every((p) => p.stock <= 9)).toBe(true);
    const band = await listAs(token, 'priceGte=30000&priceLte=50000&perPage=100');
    expect(band.data.every((p) => p.priceFen >= 30_000 && p.priceFen <= 50_000)).toBe(true);
  });
});

describe('creating and editing products', () => {
  const valid = {
    title: '玫瑰护手霜',
    titleEn: 'Rose Hand Cream',
    category: 'skincare',
    priceFen: 9900,
    listPriceFen: 12900,
    stock: 30,
  };

  it('creates a draft of the caller’s brand, numbered on', async () => {
    const token = await signIn('marketer@lumiere.example');
    const response = await call('/products', {
      token,
      method: 'POST',
      body: { ...valid, brandId: 'brand-yunshan' },
    });
    expect(response.status).toBe(201);
    expect(await bodyOf<Product>(response)).toMatchObject({
      id: 'prod-lumiere-0065',
      brandId: 'brand-lumiere',
      status: 'draft',
      version: 1,
    });
  });

  it('puts a price above the list price on priceFen', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await call('/products', { token, method: 'POST', body: { ...valid, priceFen: 20000 } });
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors).toEqual({ priceFen: 'products.errors.price_above_list' });
  });

  it('refuses a price above ¥100,000', async () => {
    const token = await signIn('admin@lumiere.example');
    const body = { ...valid, priceFen: 10_000_100, listPriceFen: 10_000_100 };
    const problem = await problemOf(await call('/products', { token, method: 'POST', body }));
    expect(problem).toMatchObject({ status: 422, code: 'errors.validation' });
    expect(problem.errors).toMatchObject({
      priceFen: 'products.errors.price_too_high',
      listPriceFen: 'products.errors.price_too_high',
    });
  });

  it('reports a missing title as validation.required', async () => {
    const token = await signIn('admin@lumiere.example');
    const { title: _title, ...untitled } = valid;
    const problem = await problemOf(await call('/products', { token, method: 'POST', body: untitled }));
    expect(problem.errors).toEqual({ title: 'validation.required' });
  });

  it('updates with the current version, bumps it and keeps fields not sent', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await bodyOf<Product>(await call('/products/prod-lumiere-0001', { token }));
    const response = await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: before.version, stock: 7 },
    });
    expect(response.status).toBe(200);
    const after = await bodyOf<Product>(response);
    expect(after).toMatchObject({
      stock: 7,
      version: before.version + 1,
      titleEn: before.titleEn,
      description: before.description,
    });
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('answers 409 with the current record for a stale version', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await bodyOf<Product>(await call('/products/prod-lumiere-0001', { token }));
    await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: before.version, stock: 1 },
    });
    const stale = await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: before.version, stock: 2 },
    });
    expect(stale.status).toBe(409);
    const problem = await bodyOf<Problem & { current: Product }>(stale);
    expect(problem.code).toBe('errors.conflict');
    expect(problem.current).toMatchObject({ id: 'prod-lumiere-0001', stock: 1, version: before.version + 1 });
  });

  it('checks a price sent alone against the stored list price', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await bodyOf<Product>(await call('/products/prod-lumiere-0001', { token }));
    const body = { version: before.version, priceFen: before.listPriceFen + 100 };
    const problem = await problemOf(
      await call('/products/prod-lumiere-0001', { token, method: 'PATCH', body }),
    );
    expect(problem.errors).toEqual({ priceFen: 'products.errors.price_above_list' });
  });
});

describe('brand isolation', () => {
  it('answers 404 for another brand’s product, to read or to change', async () => {
    const token = await signIn('admin@kiwivital.example');
    const read = await call('/products/prod-lumiere-0001', { token });
    expect(read.status).toBe(404);
    expect((await problemOf(read)).code).toBe('errors.not_found');
    const write = await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: 1, stock: 0 },
    });
    expect(write.status).toBe(404);
  });

  it('never lists another brand’s rows, even when asked by brandId', async () => {
    const token = await signIn('admin@kiwivital.example');
    const all = await listAs(token, 'perPage=100&brandId=brand-lumiere');
    expect(all.total).toBe(48);
    expect(all.data.every((p) => p.brandId === 'brand-kiwivital')).toBe(true);
  });
});
