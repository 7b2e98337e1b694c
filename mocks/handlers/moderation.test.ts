// @vitest-environment node
import type { AuditEntry, Dashboard, ListResponse, ModerationItem, Product } from '../../src/api';
import { SEED_BASE_TIME } from '../db/seed/time';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

/** Seeded items are dated before the seed base time, which itself lies some time behind the clock. */
const hoursSinceSeed = () => Math.floor((Date.now() - SEED_BASE_TIME) / 3_600_000);

const queue = async (token: string, query = '') => {
  const response = await call(`/moderation?${query}`, { token });
  expect(response.status).toBe(200);
  return bodyOf<ListResponse<ModerationItem>>(response);
};

const itemFor = async (token: string, productId: string) =>
  (await queue(token, `perPage=100&status=`)).data.find(
    (item) => item.subjectId === productId && item.status === 'pending',
  );

const decide = (token: string, item: ModerationItem, body: Record<string, unknown>) =>
  call(`/moderation/${item.id}/decision`, {
    token,
    method: 'POST',
    body: { version: item.version, ...body },
  });

const rejection = (item: ModerationItem) => {
  const text = item.fields[0].text;
  const [finding] = item.fields[0].findings;
  return {
    outcome: 'reject',
    reasonRuleId: finding.ruleId,
    reasonText: 'Remove the medical claim.',
    passage: { field: item.fields[0].field, start: finding.start, end: finding.end },
    text,
  };
};

describe('the moderation queue', () => {
  it('lists the pending items, oldest first, for moderators only', async () => {
    const token = await signIn('moderator@red.example');
    const { data, total } = await queue(token);
    expect(total).toBe(6);
    expect(data.every((item) => item.status === 'pending')).toBe(true);
    const times = data.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort());
    for (const email of ['admin@lumiere.example', 'marketer@lumiere.example', 'agent@lumiere.example']) {
      const brandUser = await signIn(email);
      expect((await call('/moderation', { token: brandUser })).status).toBe(403);
      expect((await call(`/moderation/${data[0].id}`, { token: brandUser })).status).toBe(403);
    }
  });

  it('filters by brand, age, title and status', async () => {
    const token = await signIn('moderator@red.example');
    const kiwi = await queue(token, 'brandId=brand-kiwivital');
    expect(kiwi.total).toBe(2);
    expect(kiwi.data.every((item) => item.brandId === 'brand-kiwivital')).toBe(true);
    // Seeded 50, 70 and 31 hours before the seed base time: the three waiting more than a day.
    const old = await queue(token, `olderThanHours=${hoursSinceSeed() + 24}`);
    expect(old.data.map((item) => item.subjectId).sort()).toEqual([
      'prod-kiwivital-0003',
      'prod-lumiere-0003',
      'prod-yunshan-0003',
    ]);
    expect((await queue(token, 'q=茉莉')).total).toBe(1);
    expect((await queue(token, 'status=rejected')).total).toBe(3);
    expect((await queue(token, 'status=')).total).toBe(10);
    expect((await call('/moderation?olderThanHours=soon', { token })).status).toBe(400);
  });

  it('approves: the product waiting in review goes live, and the decision is logged', async () => {
    const token = await signIn('moderator@red.example');
    const item = await itemFor(token, 'prod-kiwivital-0003');
    if (!item) throw new Error('seed lost the queued Kiwi Vital item');
    const response = await decide(token, item, { outcome: 'approve', reasonText: 'Origin claim verified.' });
    expect(await bodyOf<ModerationItem>(response)).toMatchObject({
      status: 'approved',
      version: item.version + 1,
      decision: { outcome: 'approve', by: 'user-moderator', byName: '王敏' },
    });
    const brand = await signIn('admin@kiwivital.example');
    const product = await bodyOf<Product>(await call('/products/prod-kiwivital-0003', { token: brand }));
    expect(product).toMatchObject({ status: 'listed', review: { state: 'approved', itemId: item.id } });
    const log = await bodyOf<ListResponse<AuditEntry>>(
      await call('/audit-log?action=moderation.approve', { token }),
    );
    expect(log.data[0]).toMatchObject({
      actorId: 'user-moderator',
      actorName: '王敏',
      subjectId: item.id,
      summary: expect.stringContaining(item.subjectTitle),
      reason: 'Origin claim verified.',
    });
    const dashboard = await bodyOf<Dashboard>(await call('/dashboard', { token }));
    expect(dashboard.moderation?.pending).toBe(5);
  });

  it('rejects: the brand sees the rule, the words and the passage on its product', async () => {
    const token = await signIn('moderator@red.example');
    const item = await itemFor(token, 'prod-lumiere-0003');
    if (!item) throw new Error('seed lost the queued Lumière item');
    const { text, ...body } = rejection(item);
    expect((await decide(token, item, body)).status).toBe(200);
    const brand = await signIn('marketer@lumiere.example');
    const product = await bodyOf<Product>(await call('/products/prod-lumiere-0003', { token: brand }));
    expect(product.status).toBe('rejected');
    const decision = product.review.decision;
    expect(decision).toMatchObject({ reasonRuleId: 'R-MED-W', reasonText: 'Remove the medical claim.' });
    expect(decision?.passage && text.slice(decision.passage.start, decision.passage.end)).toBe('美白');
    const log = await bodyOf<ListResponse<AuditEntry>>(await call('/audit-log', { token }));
    expect(log.data[0]).toMatchObject({
      action: 'moderation.reject',
      reason: 'R-MED-W: Remove the medical claim.',
    });
  });

  it('needs a rule to reject and a passage inside the copy', async () => {
    const token = await signIn('moderator@red.example');
    const item = await itemFor(token, 'prod-lumiere-0003');
    if (!item) throw new Error('seed lost the queued Lumière item');
    const noRule = await decide(token, item, { outcome: 'reject', reasonText: 'No.' });
    expect((await problemOf(noRule)).errors).toEqual({ reasonRuleId: 'moderation.errors.reason_required' });
    const { text, ...body } = rejection(item);
    const outside = { ...body, passage: { field: 'description', start: 2, end: text.length + 5 } };
    expect((await problemOf(await decide(token, item, outside))).errors).toEqual({
      passage: 'moderation.errors.passage_outside',
    });
    const otherField = { ...body, passage: { field: 'titleEn', start: 0, end: 1 } };
    expect((await decide(token, item, otherField)).status).toBe(422);
  });

  it('answers 409 to a stale version, and already_decided to a second decision', async () => {
    const token = await signIn('moderator@red.example');
    const item = await itemFor(token, 'prod-yunshan-0007');
    if (!item) throw new Error('seed lost the queued Yunshan item');
    const stale = await decide(token, { ...item, version: item.version - 1 }, { outcome: 'approve' });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).code).toBe('errors.conflict');
    expect((await decide(token, item, { outcome: 'approve' })).status).toBe(200);
    const again = await decide(token, { ...item, version: item.version + 1 }, { outcome: 'approve' });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).code).toBe('moderation.errors.already_decided');
  });

  it('lets no brand role decide', async () => {
    const moderator = await signIn('moderator@red.example');
    const item = await itemFor(moderator, 'prod-lumiere-0017');
    if (!item) throw new Error('seed lost the queued Lumière item');
    for (const email of ['admin@lumiere.example', 'marketer@lumiere.example', 'agent@lumiere.example']) {
      const response = await decide(await signIn(email), item, { outcome: 'approve' });
      expect(response.status).toBe(403);
    }
    expect((await itemFor(moderator, 'prod-lumiere-0017'))?.status).toBe('pending');
  });
});
