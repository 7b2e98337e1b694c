// @vitest-environment node
import type { ClaimFinding, ListResponse, ModerationItem, Product } from '../../src/api';
import { db } from '../db/store';
import { bodyOf, call, problemOf, signIn } from '../testing/client';
import { lumiereProductBody } from '../testing/productBodies';

const valid = lumiereProductBody();

const pendingItemsOf = (productId: string) =>
  db.moderationItems.all().filter((item) => item.subjectId === productId && item.status === 'pending');

const getProduct = async (token: string, id: string) =>
  bodyOf<Product>(await call(`/products/${id}`, { token }));

const patch = async (token: string, id: string, changes: Partial<Product>) => {
  const { version } = await getProduct(token, id);
  return call(`/products/${id}`, { token, method: 'PATCH', body: { version, ...changes } });
};

describe('copy that makes a banned claim', () => {
  it('is refused on create with 422, the findings per field, and nothing saved', async () => {
    const token = await signIn('marketer@lumiere.example');
    const before = db.products.all().length;
    const response = await call('/products', {
      token,
      method: 'POST',
      body: { ...valid, title: '全网销量第一的面霜' },
    });
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ code: 'claims.blocked', errors: { title: 'claims.blocked_field' } });
    const findings = problem.findings?.title as ClaimFinding[];
    expect(findings.map((finding) => [finding.term, finding.ruleId, finding.severity])).toEqual([
      ['第一', 'R-SUP-RANK', 'block'],
    ]);
    expect(db.products.all()).toHaveLength(before);
    expect(db.moderationItems.all().filter((item) => item.status === 'pending')).toHaveLength(6);
  });

  it('is refused on update, leaving the product as it was', async () => {
    const token = await signIn('admin@lumiere.example');
    const before = await getProduct(token, 'prod-lumiere-0002');
    const response = await patch(token, 'prod-lumiere-0002', { description: 'B.E.S.T serum', stock: 1 });
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 422, errors: { description: 'claims.blocked_field' } });
    expect(problem.findings?.description).toEqual([
      expect.objectContaining({ term: 'best', severity: 'block' }),
    ]);
    expect(problem.errors).not.toHaveProperty('title');
    expect(await getProduct(token, 'prod-lumiere-0002')).toEqual(before);
  });
});

describe('copy that only warns', () => {
  it('is saved as a draft with a pending queue item, and listing it puts it in review', async () => {
    const token = await signIn('marketer@lumiere.example');
    const body = { ...valid, description: '纯天然玫瑰精油，温和呵护双手。' };
    const created = await bodyOf<Product>(await call('/products', { token, method: 'POST', body }));
    expect(created).toMatchObject({ status: 'draft', review: { state: 'pending', decision: null } });
    const [item] = pendingItemsOf(created.id);
    expect(item).toMatchObject({
      id: created.review.itemId,
      brandName: '露光之家',
      subjectTitle: valid.title,
    });
    expect(item.fields).toEqual([
      expect.objectContaining({
        field: 'description',
        claimField: 'product_description',
        text: body.description,
      }),
    ]);
    expect(item.fields[0].findings.map((finding) => finding.term)).toEqual(['纯天然']);

    const listing = await call(`/products/${created.id}/list`, {
      token,
      method: 'POST',
      body: { version: created.version },
    });
    expect(await bodyOf<Product>(listing)).toMatchObject({
      status: 'in_review',
      version: created.version + 1,
    });
  });

  it('takes a listed product out of the shop until a moderator has looked', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await patch(token, 'prod-lumiere-0001', { description: '新品首发，玫瑰精华水。' });
    const updated = await bodyOf<Product>(response);
    expect(updated).toMatchObject({ status: 'in_review', review: { state: 'pending' } });
    expect(pendingItemsOf('prod-lumiere-0001').map((item) => item.id)).toEqual([updated.review.itemId]);
  });

  it('keeps one pending item per product, replacing it when the copy changes again', async () => {
    const token = await signIn('admin@lumiere.example');
    const first = await bodyOf<Product>(
      await patch(token, 'prod-lumiere-0002', { description: '独家配方。' }),
    );
    const second = await bodyOf<Product>(
      await patch(token, 'prod-lumiere-0002', { description: '美白配方。' }),
    );
    expect(second.review.itemId).not.toBe(first.review.itemId);
    const items = pendingItemsOf('prod-lumiere-0002');
    expect(items.map((item) => item.id)).toEqual([second.review.itemId]);
    expect(items[0].fields[0].text).toBe('美白配方。');
  });

  it('clears the review and the queue when the copy is clean again; a product that waited goes live', async () => {
    const token = await signIn('admin@lumiere.example');
    const waiting = await getProduct(token, 'prod-lumiere-0003');
    expect(waiting).toMatchObject({ status: 'in_review', review: { state: 'pending' } });
    const cleaned = await bodyOf<Product>(
      await patch(token, 'prod-lumiere-0003', { description: '橙花精华，焕亮肤色。' }),
    );
    expect(cleaned).toMatchObject({
      status: 'listed',
      review: { state: 'none', itemId: null, decision: null },
    });
    expect(pendingItemsOf('prod-lumiere-0003')).toEqual([]);
    const moderator = await signIn('moderator@red.example');
    const queue = await bodyOf<ListResponse<ModerationItem>>(await call('/moderation', { token: moderator }));
    expect(queue.total).toBe(5);
  });

  it('is not checked again when the copy is sent unchanged, as a whole-record form does', async () => {
    const token = await signIn('admin@lumiere.example');
    const waiting = await getProduct(token, 'prod-lumiere-0003');
    const { id: _id, createdAt: _c, updatedAt: _u, brandId: _b, ...record } = waiting;
    const skus = record.skus.map((sku) => ({ ...sku, stock: 5 }));
    const saved = await bodyOf<Product>(
      await call('/products/prod-lumiere-0003', { token, method: 'PATCH', body: { ...record, skus } }),
    );
    expect(saved).toMatchObject({ stock: 5 * skus.length, review: waiting.review, status: 'in_review' });
    expect(pendingItemsOf('prod-lumiere-0003').map((item) => item.id)).toEqual([waiting.review.itemId]);
  });
});

describe('a rejected product', () => {
  it('starts over as a draft when its copy is changed', async () => {
    const token = await signIn('admin@lumiere.example');
    const rejected = await getProduct(token, 'prod-lumiere-0004');
    expect(rejected).toMatchObject({ status: 'rejected', review: { state: 'rejected' } });
    const fixed = await bodyOf<Product>(
      await patch(token, 'prod-lumiere-0004', { description: '杏仁卸妆油，温和清洁，一抹即净。' }),
    );
    expect(fixed).toMatchObject({ status: 'draft', review: { state: 'none', itemId: null, decision: null } });
  });

  it('stays rejected when only stock or price change', async () => {
    const token = await signIn('admin@lumiere.example');
    const rejected = await getProduct(token, 'prod-lumiere-0004');
    const skus = rejected.skus.map((sku) => ({ ...sku, stock: 3, priceFen: sku.listPriceFen }));
    const saved = await bodyOf<Product>(await patch(token, 'prod-lumiere-0004', { skus }));
    expect(saved).toMatchObject({
      status: 'rejected',
      review: { state: 'rejected' },
      stock: 3 * skus.length,
    });
  });
});
