// @vitest-environment node
import type { AuditEntry, ClaimDictionaryState, DictionaryEntry, ListResponse, Product } from '../../src/api';
import { bodyOf, call, demoAccounts, problemOf, signIn } from '../testing/client';

const dictionaryAs = async (token: string) =>
  bodyOf<ClaimDictionaryState>(await call('/claim-dictionary', { token }));

const addEntry = (token: string, body: Record<string, unknown>) =>
  call('/claim-dictionary/entries', { token, method: 'POST', body });

const setEnabled = (token: string, entry: DictionaryEntry, enabled: boolean) =>
  call(`/claim-dictionary/entries/${entry.id}`, {
    token,
    method: 'PATCH',
    body: { version: entry.version, enabled, note: entry.note },
  });

const saveDescription = async (token: string, id: string, description: string) => {
  const { version } = await bodyOf<Product>(await call(`/products/${id}`, { token }));
  return call(`/products/${id}`, { token, method: 'PATCH', body: { version, description } });
};

describe('the claim dictionary', () => {
  it('is read by every role: the seeded entries and the version they make', async () => {
    for (const email of Object.values(demoAccounts)) {
      const dictionary = await dictionaryAs(await signIn(email));
      expect(dictionary.version).toMatch(/^claims-2026\.1\+[0-9a-f]{8}$/);
      expect(dictionary.entries.map((entry) => [entry.kind, entry.text])).toEqual([
        ['trademark', '最好的时光'],
        ['term', '吊打'],
      ]);
    }
  });

  it('is changed by moderators only', async () => {
    const brand = await signIn('admin@lumiere.example');
    expect((await addEntry(brand, { kind: 'term', text: '秒杀', note: 'x' })).status).toBe(403);
    expect((await call('/claim-dictionary/entries', { token: brand })).status).toBe(403);
    const moderator = await signIn('moderator@red.example');
    const entries = await bodyOf<ListResponse<DictionaryEntry>>(
      await call('/claim-dictionary/entries?q=拉踩', { token: moderator }),
    );
    expect(entries.data.map((entry) => entry.id)).toEqual(['dict-0002']);
  });

  it('blocks a term a moderator added on the next save, and lets it through once disabled', async () => {
    const moderator = await signIn('moderator@red.example');
    const before = await dictionaryAs(moderator);
    const created = await addEntry(moderator, {
      kind: 'term',
      text: '秒杀全网',
      category: 'SUP',
      severity: 'block',
      note: 'Disparaging superlative seen in several brands this week.',
    });
    expect(created.status).toBe(201);
    const entry = await bodyOf<DictionaryEntry>(created);
    expect(entry).toMatchObject({ id: 'dict-0003', enabled: true, createdBy: '王敏', version: 1 });
    const after = await dictionaryAs(moderator);
    expect(after.version).not.toBe(before.version);

    const brand = await signIn('admin@lumiere.example');
    const blocked = await saveDescription(brand, 'prod-lumiere-0002', '保湿效果秒杀全网。');
    expect(blocked.status).toBe(422);
    expect((await problemOf(blocked)).findings?.description).toEqual([
      expect.objectContaining({ term: '秒杀全网', ruleId: 'R-CUSTOM', severity: 'block' }),
    ]);

    const disabled = await bodyOf<DictionaryEntry>(await setEnabled(moderator, entry, false));
    expect(disabled).toMatchObject({ enabled: false, version: 2 });
    expect((await dictionaryAs(moderator)).version).not.toBe(after.version);
    expect((await saveDescription(brand, 'prod-lumiere-0002', '保湿效果秒杀全网。')).status).toBe(200);

    const log = await bodyOf<ListResponse<AuditEntry>>(
      await call('/audit-log?q=秒杀全网&sort=at&order=ASC', { token: moderator }),
    );
    expect(log.data.map((audit) => audit.action)).toEqual(['dictionary.add', 'dictionary.disable']);
    expect(log.data[0]).toMatchObject({
      actorId: 'user-moderator',
      subjectKind: 'dictionary',
      subjectId: entry.id,
    });
  });

  it('lets a trademark on the allowlist through, and blocks it once the entry is disabled', async () => {
    const brand = await signIn('admin@lumiere.example');
    const title = { title: '最好的时光 淡香水' };
    const { version } = await bodyOf<Product>(await call('/products/prod-lumiere-0012', { token: brand }));
    const allowed = await call('/products/prod-lumiere-0012', {
      token: brand,
      method: 'PATCH',
      body: { version, ...title },
    });
    expect(allowed.status).toBe(200);

    const moderator = await signIn('moderator@red.example');
    const trademark = (await dictionaryAs(moderator)).entries[0];
    expect((await setEnabled(moderator, trademark, false)).status).toBe(200);
    const body = { version: version + 1, title: '最好的时光 淡香水 礼盒' };
    const refused = await call('/products/prod-lumiere-0012', { token: brand, method: 'PATCH', body });
    expect(await problemOf(refused)).toMatchObject({
      status: 422,
      errors: { title: 'claims.blocked_field' },
    });
  });

  it('answers 409 to a stale entry version and 422 to a duplicate, and logs re-enabling', async () => {
    const moderator = await signIn('moderator@red.example');
    const [, term] = (await dictionaryAs(moderator)).entries;
    expect((await setEnabled(moderator, term, false)).status).toBe(200);
    const stale = await setEnabled(moderator, term, true);
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).current).toMatchObject({ enabled: false, version: term.version + 1 });
    expect((await setEnabled(moderator, { ...term, version: term.version + 1 }, true)).status).toBe(200);
    const duplicate = await addEntry(moderator, { kind: 'term', text: '吊打', note: 'again' });
    expect((await problemOf(duplicate)).errors).toEqual({ text: 'claims.errors.duplicate_entry' });
    const log = await bodyOf<ListResponse<AuditEntry>>(await call('/audit-log?q=吊打', { token: moderator }));
    expect(log.data.map((audit) => audit.action)).toEqual([
      'dictionary.enable',
      'dictionary.disable',
      'dictionary.add',
    ]);
  });
});
