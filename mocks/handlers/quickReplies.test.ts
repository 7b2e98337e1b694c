// @vitest-environment node
import type { ListResponse, QuickReply } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const shippingNotice = {
  title: '发货通知 / Shipping notice',
  body: '您好 {buyerName}，您的订单 {orderNumber} 已发货，运单号 {trackingNumber}。',
};

const create = (token: string, body: object) => call('/quick-replies', { token, method: 'POST', body });

describe('quick replies', () => {
  it('creates, finds, edits and deletes a template of the caller’s brand', async () => {
    const token = await signIn('agent@lumiere.example');
    const created = await create(token, shippingNotice);
    expect(created.status).toBe(201);
    const template = await bodyOf<QuickReply>(created);
    expect(template).toMatchObject({
      ...shippingNotice,
      brandId: 'brand-lumiere',
      createdByName: '林佳怡',
      version: 1,
    });

    const found = await bodyOf<ListResponse<QuickReply>>(
      await call('/quick-replies?q=shipping&perPage=100', { token }),
    );
    expect(found.data.map((row) => row.id)).toContain(template.id);

    const path = `/quick-replies/${template.id}`;
    const edited = await call(path, { token, method: 'PATCH', body: { version: 1, title: '已发货' } });
    expect(await bodyOf<QuickReply>(edited)).toMatchObject({
      title: '已发货',
      body: shippingNotice.body,
      version: 2,
    });
    const stale = await call(path, { token, method: 'PATCH', body: { version: 1, title: '旧的' } });
    expect(stale.status).toBe(409);

    expect((await call(path, { token, method: 'DELETE' })).status).toBe(204);
    expect((await call(path, { token })).status).toBe(404);
  });

  it('refuses a template that makes banned claims, with the findings', async () => {
    const token = await signIn('admin@lumiere.example');
    const problem = await problemOf(
      await create(token, { title: '推荐', body: '{buyerName}，这款是全网第一的面霜' }),
    );
    expect(problem).toMatchObject({
      status: 422,
      code: 'claims.blocked',
      errors: { body: 'claims.blocked_field' },
    });
    expect(problem.findings?.body?.length).toBeGreaterThan(0);
    const missing = await problemOf(await create(token, { title: '', body: '' }));
    expect(missing.errors).toMatchObject({ title: 'validation.required', body: 'validation.required' });
  });

  it('keeps brands apart and lets marketers only read', async () => {
    const lumiere = await signIn('admin@lumiere.example');
    const template = await bodyOf<QuickReply>(await create(lumiere, shippingNotice));
    const kiwi = await signIn('admin@kiwivital.example');
    expect((await call(`/quick-replies/${template.id}`, { token: kiwi })).status).toBe(404);
    const kiwiList = await bodyOf<ListResponse<QuickReply>>(
      await call('/quick-replies?perPage=100', { token: kiwi }),
    );
    expect(kiwiList.data.some((row) => row.brandId !== 'brand-kiwivital')).toBe(false);
    const marketer = await signIn('marketer@lumiere.example');
    expect((await call(`/quick-replies/${template.id}`, { token: marketer })).status).toBe(200);
    expect((await create(marketer, shippingNotice)).status).toBe(403);
    expect((await call(`/quick-replies/${template.id}`, { token: marketer, method: 'DELETE' })).status).toBe(
      403,
    );
  });
});
