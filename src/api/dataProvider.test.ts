import { HttpError } from 'react-admin';
import { http as mswHttp, HttpResponse } from 'msw';
import { server, resetPlatform } from '../../mocks/node';
import { authProvider } from './authProvider';
import { createDataProvider, dataProvider } from './dataProvider';
import { createHttpClient } from './httpClient';
import { sessionStore } from './sessionStore';
import type { Product } from './schemas/products';

const signInAs = (email: string) => authProvider.login({ email, password: 'demo1234' });

const rejection = async (promise: Promise<unknown>): Promise<HttpError> => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
};

beforeEach(async () => {
  resetPlatform();
  sessionStore.clear();
  await signInAs('admin@lumiere.example');
});

const listProducts = (params: {
  page?: number;
  perPage?: number;
  sort?: string;
  order?: 'ASC' | 'DESC';
  filter?: object;
}) =>
  dataProvider.getList<Product>('products', {
    pagination: { page: params.page ?? 1, perPage: params.perPage ?? 10 },
    sort: { field: params.sort ?? 'title', order: params.order ?? 'ASC' },
    filter: params.filter ?? {},
  });

describe('dataProvider against the mock platform', () => {
  it('pages on the server and reports the total', async () => {
    const first = await listProducts({ page: 1, perPage: 10 });
    const second = await listProducts({ page: 2, perPage: 10 });
    expect(first.data).toHaveLength(10);
    expect(first.total).toBe(64);
    expect(second.data.map((p) => p.id)).not.toEqual(expect.arrayContaining(first.data.map((p) => p.id)));
  });

  it('sorts on the server in both directions', async () => {
    const asc = await listProducts({ sort: 'priceFen', order: 'ASC', perPage: 100 });
    const desc = await listProducts({ sort: 'priceFen', order: 'DESC', perPage: 1 });
    const prices = asc.data.map((p) => p.priceFen);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(desc.data[0].priceFen).toBe(Math.max(...prices));
  });

  it('filters by status, several statuses and free text', async () => {
    const listed = await listProducts({ filter: { status: 'listed' }, perPage: 100 });
    expect(listed.total).toBeGreaterThan(0);
    expect(listed.data.every((p) => p.status === 'listed')).toBe(true);

    const either = await listProducts({ filter: { status: ['draft', 'listed'] }, perPage: 100 });
    expect(either.total).toBeGreaterThan(listed.total ?? Infinity);
    expect(either.data.every((p) => p.status === 'draft' || p.status === 'listed')).toBe(true);

    const term = listed.data[0].title.slice(0, 2);
    const searched = await listProducts({ filter: { q: term }, perPage: 100 });
    expect(searched.data.length).toBeGreaterThan(0);
    expect(
      searched.data.every((p) => `${p.title} ${p.titleEn}`.toLowerCase().includes(term.toLowerCase())),
    ).toBe(true);
  });

  it('only ever lists the signed-in brand', async () => {
    await signInAs('admin@kiwivital.example');
    const { data } = await listProducts({ perPage: 100 });
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((p) => p.brandId === 'brand-kiwivital')).toBe(true);
  });

  it('fetches several records at once for references', async () => {
    const { data } = await dataProvider.getMany<Product>('products', {
      ids: ['prod-lumiere-0001', 'prod-lumiere-0002'],
    });
    expect(data.map((p) => p.id).sort()).toEqual(['prod-lumiere-0001', 'prod-lumiere-0002']);
  });

  it('answers 404 for another brand’s record, with no data', async () => {
    await signInAs('admin@kiwivital.example');
    const error = await rejection(dataProvider.getOne('products', { id: 'prod-lumiere-0001' }));
    expect(error.status).toBe(404);
    expect(error.message).toBe('errors.not_found');
    expect(JSON.stringify(error.body)).not.toContain('brand-lumiere');
  });

  it('puts server validation messages on the fields they concern, SKUs by their path', async () => {
    const { data } = await dataProvider.getOne<Product>('products', { id: 'prod-lumiere-0001' });
    const skus = data.skus.map((sku) => ({ ...sku, priceFen: sku.listPriceFen + 100 }));
    const error = await rejection(
      dataProvider.update('products', { id: data.id, data: { ...data, skus }, previousData: data }),
    );
    expect(error.status).toBe(422);
    expect(error.body.errors).toMatchObject({ 'skus.0.priceFen': 'products.errors.price_above_list' });
  });

  it('answers 409 with the current record when the version is stale, and saves nothing', async () => {
    const { data: original } = await dataProvider.getOne<Product>('products', { id: 'prod-lumiere-0001' });
    const restocked = (stock: number) =>
      original.skus.map((sku, index) => (index === 0 ? { ...sku, stock } : sku));
    const { data: saved } = await dataProvider.update<Product>('products', {
      id: original.id,
      data: { ...original, skus: restocked(original.skus[0].stock + 1) },
      previousData: original,
    });
    expect(saved).toMatchObject({ version: original.version + 1, stock: original.stock + 1 });

    const error = await rejection(
      dataProvider.update('products', {
        id: original.id,
        data: { ...original, skus: restocked(0) },
        previousData: original,
      }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe('errors.conflict');
    expect(error.body.current).toMatchObject({
      id: original.id,
      version: saved.version,
      stock: original.stock + 1,
    });
    const { data: after } = await dataProvider.getOne<Product>('products', { id: original.id });
    expect(after.stock).toBe(original.stock + 1);
  });

  it('turns an expired session into a 401 that sends the user to sign in', async () => {
    await fetch('http://localhost/api/v1/__platform/sessions/expire', { method: 'POST' });
    const error = await rejection(listProducts({}));
    expect(error.status).toBe(401);
    await expect(authProvider.checkError(error)).rejects.toMatchObject({ redirectTo: '/login' });
  });

  it('refuses with 403 what the role may not do, without signing out', async () => {
    await signInAs('agent@lumiere.example');
    const error = await rejection(dataProvider.create('products', { data: { title: 'x' } }));
    expect(error.status).toBe(403);
    await expect(authProvider.checkError(error)).resolves.toBeUndefined();
  });
});

describe('the HTTP client', () => {
  const flakyProvider = () =>
    createDataProvider(createHttpClient({ baseURL: '/api/v1', getToken: () => null, retryDelayMs: 1 }));

  it('retries a read that failed on the network, then succeeds', async () => {
    let calls = 0;
    server.use(
      mswHttp.get('*/api/v1/brands/:id', () => {
        calls += 1;
        return calls < 3 ? HttpResponse.error() : HttpResponse.json({ id: 'b', version: 1 });
      }),
    );
    const { data } = await flakyProvider().getOne('brands', { id: 'b' });
    expect(data).toMatchObject({ id: 'b' });
    expect(calls).toBe(3);
  });

  it('does not retry a write, and says the network failed', async () => {
    let calls = 0;
    server.use(
      mswHttp.post('*/api/v1/team', () => {
        calls += 1;
        return HttpResponse.error();
      }),
    );
    const error = await rejection(flakyProvider().create('team', { data: {} }));
    expect(error.message).toBe('errors.network');
    expect(calls).toBe(1);
  });

  it('can be aborted', async () => {
    const controller = new AbortController();
    const pending = dataProvider.getList('products', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'title', order: 'ASC' },
      filter: {},
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'CanceledError' });
  });
});

describe('sign-in errors', () => {
  beforeEach(() => sessionStore.clear());

  it.each([
    ['nobody@lumiere.example', 'demo1234', 'auth.unknown_user'],
    ['admin@lumiere.example', 'wrong-password', 'auth.wrong_password'],
  ])('signing in as %s with %s says %s', async (email, password, message) => {
    await expect(authProvider.login({ email, password })).rejects.toThrow(message);
    expect(sessionStore.read()).toBeNull();
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 5; i += 1) {
      await authProvider
        .login({ email: 'marketer@lumiere.example', password: 'nope' })
        .catch(() => undefined);
    }
    await expect(signInAs('marketer@lumiere.example')).rejects.toThrow('auth.locked');
  });
});
