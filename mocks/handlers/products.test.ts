// @vitest-environment node
import type { ListResponse, Product } from '../../src/api';
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

  it('filters by stock and price bounds, the price being the lowest SKU price', async () => {
    const token = await signIn('admin@lumiere.example');
    const low = await listAs(token, 'stockLte=9&perPage=100');
    expect(low.total).toBeGreaterThan(0);
    expect(low.data.every((p) => p.stock <= 9)).toBe(true);
    const plenty = await listAs(token, 'stockGte=500&perPage=100');
    expect(plenty.total).toBeGreaterThan(0);
    expect(plenty.data.every((p) => p.stock >= 500)).toBe(true);
    const band = await listAs(token, 'priceGte=30000&priceLte=50000&perPage=100');
    expect(band.total).toBeGreaterThan(0);
    expect(band.data.every((p) => p.priceFen >= 30_000 && p.priceFen <= 50_000)).toBe(true);
    expect(band.data.every((p) => p.priceFen === Math.min(...p.skus.map((sku) => sku.priceFen)))).toBe(true);
  });

  it('refuses a bound that is not a number with 400', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await call('/products?priceGte=cheap', { token });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual({ priceGte: 'validation.number' });
  });

  it('finds a product by a SKU’s spec or barcode with q', async () => {
    const token = await signIn('admin@lumiere.example');
    const lipstick = await bodyOf<Product>(await call('/products/prod-lumiere-0008', { token }));
    const { barcode, spec } = lipstick.skus[0];
    expect((await listAs(token, `q=${barcode}`)).data.map((p) => p.id)).toEqual(['prod-lumiere-0008']);
    const shade = await listAs(token, `q=${encodeURIComponent(spec)}&perPage=100`);
    expect(shade.data.map((p) => p.id)).toContain('prod-lumiere-0008');
    expect(shade.data.every((p) => p.skus.some((sku) => sku.spec === spec))).toBe(true);
  });
});

describe('a catalogue of 10,000 products', () => {
  it('pages, sorts and filters Yunshan’s whole catalogue on the platform', async () => {
    const token = await signIn('admin@yunshan.example');
    const all = await listAs(token, 'perPage=100&page=100');
    expect(all).toMatchObject({ total: 10_000 });
    expect(all.data).toHaveLength(100);
    const dearest = await listAs(token, 'sort=priceFen&order=DESC&perPage=5');
    const prices = dearest.data.map((p) => p.priceFen);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    const filtered = await listAs(
      token,
      'status=listed&status=delisted&category=gifts&priceGte=50000&stockLte=9&sort=updatedAt&order=DESC&perPage=100',
    );
    expect(filtered.total).toBeGreaterThan(0);
    expect(
      filtered.data.every(
        (p) =>
          ['listed', 'delisted'].includes(p.status) &&
          p.category === 'gifts' &&
          p.priceFen >= 50_000 &&
          p.stock <= 9,
      ),
    ).toBe(true);
    const longjing = await listAs(token, 'q=longjing&perPage=1');
    expect(longjing.total).toBeGreaterThan(100);
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
