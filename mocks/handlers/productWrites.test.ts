// @vitest-environment node
import type { Problem, Product } from '../../src/api';
import { db } from '../db/store';
import type { StoredFile } from '../db/types';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';
import { customsFR, lumiereProductBody, skuBody } from '../testing/productBodies';

beforeEach(() => resetPlatform());

const create = async (email: string, body: unknown) =>
  call('/products', { token: await signIn(email), method: 'POST', body });
const errorsOf = async (response: Response) => {
  expect(response.status).toBe(422);
  return (await problemOf(response)).errors;
};
const getProduct = async (token: string, id: string) =>
  bodyOf<Product>(await call(`/products/${id}`, { token }));
const patch = async (token: string, id: string, changes: object) => {
  const { version } = await getProduct(token, id);
  return call(`/products/${id}`, { token, method: 'PATCH', body: { version, ...changes } });
};

const uploaded = (overrides: Partial<StoredFile>): StoredFile =>
  db.files.insert({
    id: 'file-test-image',
    brandId: 'brand-lumiere',
    purpose: 'product_image',
    name: 'rose.png',
    contentType: 'image/png',
    size: 2048,
    url: 'data:image/png;base64,iVBORw0KGgo=',
    width: 800,
    height: 800,
    createdAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  });

describe('creating a product', () => {
  it('makes a draft of the caller’s brand, numbered on, with SKU ids, its lowest price and total stock', async () => {
    const body = lumiereProductBody({
      skus: [
        skuBody({ spec: '100 ml', priceFen: 15_900, listPriceFen: 18_900, stock: 4 }),
        skuBody({ stock: 6 }),
      ],
      attributes: [{ name: '产地', value: '法国' }],
    });
    const response = await create('marketer@lumiere.example', { ...body, brandId: 'brand-yunshan' });
    expect(response.status).toBe(201);
    const created = await bodyOf<Product>(response);
    expect(created).toMatchObject({
      id: 'prod-lumiere-0065',
      brandId: 'brand-lumiere',
      status: 'draft',
      version: 1,
      priceFen: 9900,
      stock: 10,
      titleEn: 'Rose Hand Cream',
      description: '',
      images: [],
      attributes: [{ name: '产地', value: '法国' }],
      crossBorder: customsFR,
    });
    expect(created.skus.map((sku) => sku.id)).toEqual([
      expect.stringMatching(/^sku-/),
      expect.stringMatching(/^sku-/),
    ]);
    expect(new Set(created.skus.map((sku) => sku.id)).size).toBe(2);
  });

  it('puts each SKU’s price problems on that SKU’s fields', async () => {
    const skus = [skuBody(), skuBody({ spec: '100 ml', priceFen: 20_000, listPriceFen: 12_900 })];
    expect(await errorsOf(await create('admin@lumiere.example', lumiereProductBody({ skus })))).toEqual({
      'skus.1.priceFen': 'products.errors.price_above_list',
    });
    const dear = [skuBody({ priceFen: 10_000_100, listPriceFen: 10_000_100 })];
    expect(await errorsOf(await create('admin@lumiere.example', lumiereProductBody({ skus: dear })))).toEqual(
      {
        'skus.0.priceFen': 'products.errors.price_too_high',
        'skus.0.listPriceFen': 'products.errors.price_too_high',
      },
    );
  });

  it('needs a title and a SKU, and SKUs that can be told apart', async () => {
    const { title: _title, ...untitled } = lumiereProductBody();
    expect(await errorsOf(await create('admin@lumiere.example', untitled))).toEqual({
      title: 'validation.required',
    });
    expect(await errorsOf(await create('admin@lumiere.example', lumiereProductBody({ skus: [] })))).toEqual({
      skus: 'products.errors.sku_required',
    });
    const twins = [skuBody({ barcode: '3760123000017' }), skuBody({ barcode: '3760123000017' })];
    expect(
      await errorsOf(await create('admin@lumiere.example', lumiereProductBody({ skus: twins }))),
    ).toEqual({
      'skus.1.spec': 'products.errors.duplicate_spec',
      'skus.1.barcode': 'products.errors.duplicate_barcode',
    });
  });

  it('needs customs data in a cross-border store and refuses it in a domestic one', async () => {
    const withoutCustoms = lumiereProductBody({ crossBorder: null });
    expect(await errorsOf(await create('admin@lumiere.example', withoutCustoms))).toEqual({
      crossBorder: 'products.errors.cross_border_required',
    });
    const badCode = lumiereProductBody({ crossBorder: { ...customsFR, hsCode: '3304' } });
    expect(await errorsOf(await create('admin@lumiere.example', badCode))).toEqual({
      'crossBorder.hsCode': 'products.errors.hs_code',
    });
    const tea = lumiereProductBody({ title: '高山乌龙', category: 'tea' });
    expect(await errorsOf(await create('admin@yunshan.example', tea))).toEqual({
      crossBorder: 'products.errors.not_cross_border',
    });
    expect((await create('admin@yunshan.example', { ...tea, crossBorder: null })).status).toBe(201);
  });

  it('takes the brand’s own product images, as the platform stored them', async () => {
    uploaded({});
    const sent = {
      id: 'file-test-image',
      name: 'anything.png',
      contentType: 'image/png',
      url: 'javascript:alert(1)',
    };
    const created = await bodyOf<Product>(
      await create('admin@lumiere.example', lumiereProductBody({ images: [sent] })),
    );
    expect(created.images).toEqual([
      {
        id: 'file-test-image',
        name: 'rose.png',
        contentType: 'image/png',
        url: 'data:image/png;base64,iVBORw0KGgo=',
      },
    ]);
  });

  it('refuses another brand’s file, a file for another purpose and more than 9 images', async () => {
    const ref = { name: 'x.png', contentType: 'image/png', url: '' };
    uploaded({ id: 'file-kiwi-image', brandId: 'brand-kiwivital' });
    uploaded({ id: 'file-lumiere-banner', purpose: 'banner' });
    const foreign = lumiereProductBody({ images: [{ ...ref, id: 'file-kiwi-image' }] });
    expect(await errorsOf(await create('admin@lumiere.example', foreign))).toEqual({
      images: 'files.errors.unknown_file',
    });
    const banner = lumiereProductBody({ images: [{ ...ref, id: 'file-lumiere-banner' }] });
    expect(await errorsOf(await create('admin@lumiere.example', banner))).toEqual({
      images: 'files.errors.wrong_purpose',
    });
    const ten = lumiereProductBody({
      images: Array.from({ length: 10 }, () => ({ ...ref, id: 'file-lumiere-banner' })),
    });
    expect(await errorsOf(await create('admin@lumiere.example', ten))).toEqual({
      images: 'products.errors.too_many_images',
    });
  });
});

describe('editing a product', () => {
  it('bumps the version, keeps fields not sent, and keeps SKU ids the product already had', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await getProduct(token, 'prod-lumiere-0001');
    const [first] = before.skus;
    const edited = [
      { ...first, stock: 7 },
      {
        id: 'sku-kiwivital-0001-1',
        spec: '礼盒装',
        priceFen: 1000,
        listPriceFen: 1000,
        stock: 3,
        barcode: '',
      },
    ];
    const response = await patch(token, 'prod-lumiere-0001', { skus: edited });
    expect(response.status).toBe(200);
    const after = await bodyOf<Product>(response);
    expect(after).toMatchObject({
      version: before.version + 1,
      titleEn: before.titleEn,
      description: before.description,
      crossBorder: before.crossBorder,
      priceFen: 1000,
      stock: 10,
    });
    expect(after.skus[0].id).toBe(first.id);
    // An id of another product's SKU is not taken over: the platform gives a new one.
    expect(after.skus[1].id).toMatch(/^sku-/);
    expect(after.skus[1].id).not.toBe('sku-kiwivital-0001-1');
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('answers 409 with the current record for a stale version', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await getProduct(token, 'prod-lumiere-0001');
    await patch(token, 'prod-lumiere-0001', { title: '露光之家 玫瑰精华水 新版' });
    const stale = await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: before.version, title: 'x' },
    });
    expect(stale.status).toBe(409);
    const problem = await bodyOf<Problem & { current: Product }>(stale);
    expect(problem.code).toBe('errors.conflict');
    expect(problem.current).toMatchObject({ title: '露光之家 玫瑰精华水 新版', version: before.version + 1 });
  });

  it('checks customs data only when it is sent', async () => {
    const token = await signIn('admin@lumiere.example');
    expect(await errorsOf(await patch(token, 'prod-lumiere-0002', { crossBorder: null }))).toEqual({
      crossBorder: 'products.errors.cross_border_required',
    });
    expect((await patch(token, 'prod-lumiere-0002', { attributes: [] })).status).toBe(200);
  });

  it('puts a SKU priced above its list price on that SKU, leaving the product as it was', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await getProduct(token, 'prod-lumiere-0002');
    const skus = before.skus.map((sku) => ({ ...sku, priceFen: sku.listPriceFen + 100 }));
    expect(await errorsOf(await patch(token, 'prod-lumiere-0002', { skus }))).toMatchObject({
      'skus.0.priceFen': 'products.errors.price_above_list',
    });
    expect(await getProduct(token, 'prod-lumiere-0002')).toEqual(before);
  });
});
