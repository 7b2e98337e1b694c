// @vitest-environment node
import type { Product } from '../../src/api';
import { db } from '../db/store';
import { bodyOf, call, problemOf, signIn } from '../testing/client';
import { lumiereProductBody } from '../testing/productBodies';

const getProduct = async (token: string, id: string) =>
  bodyOf<Product>(await call(`/products/${id}`, { token }));

const move = async (token: string, id: string, action: 'list' | 'delist', version?: number) =>
  call(`/products/${id}/${action}`, {
    token,
    method: 'POST',
    body: { version: version ?? (await getProduct(token, id)).version },
  });

describe('listing and delisting', () => {
  it('lists a draft whose copy needs no review, and delists it again', async () => {
    const token = await signIn('marketer@lumiere.example');
    const draft = await getProduct(token, 'prod-lumiere-0002');
    expect(draft).toMatchObject({ status: 'draft', review: { state: 'none' } });
    const listed = await bodyOf<Product>(await move(token, draft.id, 'list', draft.version));
    expect(listed).toMatchObject({ status: 'listed', version: draft.version + 1 });
    const delisted = await bodyOf<Product>(await move(token, draft.id, 'delist'));
    expect(delisted).toMatchObject({ status: 'delisted', version: draft.version + 2 });
    expect(await bodyOf<Product>(await move(token, draft.id, 'list'))).toMatchObject({ status: 'listed' });
  });

  it('answers a listed product unchanged, without a new version', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await getProduct(token, 'prod-lumiere-0001');
    const response = await move(token, before.id, 'list', before.version);
    expect(response.status).toBe(200);
    expect(await bodyOf<Product>(response)).toEqual(before);
  });

  it('refuses to list rejected copy until it is changed', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await move(token, 'prod-lumiere-0004', 'list');
    expect(response.status).toBe(422);
    expect((await problemOf(response)).code).toBe('products.errors.fix_rejection');
    expect((await getProduct(token, 'prod-lumiere-0004')).status).toBe('rejected');
  });

  it('delists a product waiting in review, and refuses to delist a draft', async () => {
    const token = await signIn('admin@lumiere.example');
    expect(await bodyOf<Product>(await move(token, 'prod-lumiere-0003', 'delist'))).toMatchObject({
      status: 'delisted',
      review: { state: 'pending' },
    });
    const draft = await move(token, 'prod-lumiere-0002', 'delist');
    expect(draft.status).toBe(422);
    expect((await problemOf(draft)).code).toBe('products.errors.not_listed');
  });

  it('answers 409 with the current product for a stale version', async () => {
    const token = await signIn('admin@lumiere.example');
    const { version } = await getProduct(token, 'prod-lumiere-0002');
    await move(token, 'prod-lumiere-0002', 'list', version);
    const stale = await move(token, 'prod-lumiere-0002', 'delist', version);
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).current).toMatchObject({ status: 'listed', version: version + 1 });
  });

  it('refuses to list before the brand’s store is open', async () => {
    const token = await signIn('admin@nordbloom.example');
    const created = await bodyOf<Product>(
      await call('/products', {
        token,
        method: 'POST',
        body: lumiereProductBody({ title: '北境 云莓面霜', crossBorder: null }),
      }),
    );
    const response = await move(token, created.id, 'list', created.version);
    expect(response.status).toBe(422);
    expect((await problemOf(response)).code).toBe('products.errors.store_not_open');
    expect((await getProduct(token, created.id)).status).toBe('draft');
  });

  it('refuses to list a cross-border store’s product that has no customs data', async () => {
    const token = await signIn('admin@lumiere.example');
    const draft = db.products.find('prod-lumiere-0002');
    if (!draft) throw new Error('seed lost prod-lumiere-0002');
    // Made before the store chose its trade model: the platform took it without customs data then.
    db.products.save({ ...draft, crossBorder: null });
    const response = await move(token, draft.id, 'list');
    expect(response.status).toBe(422);
    expect(await problemOf(response)).toMatchObject({
      code: 'products.errors.cross_border_required',
      errors: { crossBorder: 'products.errors.cross_border_required' },
    });
  });

  it('keeps brands apart (404) and agents out (403)', async () => {
    const kiwi = await signIn('admin@kiwivital.example');
    expect(
      (await call('/products/prod-lumiere-0002/list', { token: kiwi, method: 'POST', body: { version: 1 } }))
        .status,
    ).toBe(404);
    const agent = await signIn('agent@lumiere.example');
    expect((await move(agent, 'prod-lumiere-0002', 'list')).status).toBe(403);
  });
});
