// @vitest-environment node
import type { Brand, ListResponse, Session, VerificationApplication } from '../../src/api';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

const brandAs = async (token: string, id = 'brand-lumiere') =>
  bodyOf<Brand>(await call(`/brands/${id}`, { token }));

const patchBrand = async (token: string, changes: Record<string, unknown>, id = 'brand-lumiere') => {
  const { version } = await brandAs(token, id);
  return call(`/brands/${id}`, { token, method: 'PATCH', body: { version, ...changes } });
};

describe('the brands', () => {
  it('lists every brand to moderators and only their own to brand users', async () => {
    const moderator = await signIn('moderator@red.example');
    const all = await bodyOf<ListResponse<Brand>>(await call('/brands?sort=id', { token: moderator }));
    expect(all.data.map((brand) => brand.id)).toEqual([
      'brand-kiwivital',
      'brand-lumiere',
      'brand-nordbloom',
      'brand-yunshan',
    ]);
    const drafts = await bodyOf<ListResponse<Brand>>(
      await call('/brands?verificationStatus=draft', { token: moderator }),
    );
    expect(drafts.data.map((brand) => brand.nameEn)).toEqual(['Nordic Bloom']);
    const marketer = await signIn('marketer@lumiere.example');
    const own = await bodyOf<ListResponse<Brand>>(
      await call('/brands?id=brand-kiwivital', { token: marketer }),
    );
    expect(own).toEqual({ data: [], total: 0 });
    const mine = await bodyOf<ListResponse<Brand>>(await call('/brands', { token: marketer }));
    expect(mine.data.map((brand) => brand.id)).toEqual(['brand-lumiere']);
  });

  it('shows a customer-service agent their brand but not the list, nor another brand', async () => {
    const token = await signIn('agent@lumiere.example');
    expect(await brandAs(token)).toMatchObject({ nameEn: 'Maison Lumière', verificationStatus: 'approved' });
    expect((await call('/brands', { token })).status).toBe(403);
    expect((await call('/brands/brand-yunshan', { token })).status).toBe(404);
  });
});

describe('editing the brand profile', () => {
  it('saves the profile for admins and marketers, one version up', async () => {
    for (const email of ['admin@lumiere.example', 'marketer@lumiere.example']) {
      const token = await signIn(email);
      const before = await brandAs(token);
      const response = await patchBrand(token, {
        intro: `温和配方的法式护肤（${email}）`,
        category: 'fragrance',
      });
      expect(response.status).toBe(200);
      expect(await bodyOf<Brand>(response)).toMatchObject({
        intro: `温和配方的法式护肤（${email}）`,
        category: 'fragrance',
        name: before.name,
        version: before.version + 1,
        verificationStatus: 'approved',
      });
    }
  });

  it('keeps the platform’s fields: verification status, id and dates are not the brand’s to set', async () => {
    const token = await signIn('admin@nordbloom.example');
    const response = await patchBrand(
      token,
      { verificationStatus: 'approved', verifiedAt: '2026-01-01T00:00:00Z' },
      'brand-nordbloom',
    );
    expect(await bodyOf<Brand>(response)).toMatchObject({ verificationStatus: 'draft', verifiedAt: null });
  });

  it('answers 404 for another brand, 409 for a stale version, 403 to agents and moderators', async () => {
    const token = await signIn('admin@lumiere.example');
    const other = await call('/brands/brand-kiwivital', {
      token,
      method: 'PATCH',
      body: { version: 1, intro: 'x' },
    });
    expect(other.status).toBe(404);
    const stale = await call('/brands/brand-lumiere', {
      token,
      method: 'PATCH',
      body: { version: 0, intro: 'x' },
    });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).current).toMatchObject({ id: 'brand-lumiere' });
    for (const email of ['agent@lumiere.example', 'moderator@red.example']) {
      const response = await patchBrand(await signIn(email), { intro: 'x' });
      expect(response.status).toBe(403);
    }
  });

  it('refuses fields the profile rules do not allow, with the reason on each field', async () => {
    const token = await signIn('admin@lumiere.example');
    const problem = await problemOf(await patchBrand(token, { name: ' ', country: 'fr', category: 'toys' }));
    expect(problem).toMatchObject({
      status: 422,
      errors: { name: 'validation.required', country: 'validation.country', category: 'validation.required' },
    });
  });

  it('refuses banned claims in the name or intro with the findings, and saves warned copy', async () => {
    const token = await signIn('admin@lumiere.example');
    const blocked = await problemOf(await patchBrand(token, { name: '国家级护肤', intro: '纯天然护肤' }));
    expect(blocked).toMatchObject({
      status: 422,
      code: 'claims.blocked',
      errors: { name: 'claims.blocked_field' },
    });
    expect(blocked.errors?.intro).toBeUndefined();
    expect(Object.keys(blocked.findings ?? {}).sort()).toEqual(['intro', 'name']);
    const english = await problemOf(await patchBrand(token, { nameEn: 'The best skincare' }));
    expect(english.errors).toEqual({ nameEn: 'claims.blocked_field' });
    const warned = await patchBrand(token, { intro: '纯天然植物配方的法式护肤' });
    expect(warned.status).toBe(200);
  });

  it('does not check copy a form sends back unchanged, even when the dictionary has changed since', async () => {
    const moderator = await signIn('moderator@red.example');
    const entry = {
      kind: 'term',
      text: '植物精萃',
      lang: 'zh',
      category: 'MED',
      severity: 'block',
      note: 'test',
    };
    expect(
      (await call('/claim-dictionary/entries', { token: moderator, method: 'POST', body: entry })).status,
    ).toBe(201);
    const token = await signIn('admin@lumiere.example');
    const brand = await brandAs(token);
    const unchanged = await patchBrand(token, {
      name: brand.name,
      intro: brand.intro,
      category: 'fragrance',
    });
    expect(unchanged.status).toBe(200);
    const changed = await problemOf(await patchBrand(token, { name: '露光之家 Paris' }));
    expect(changed.errors).toEqual({ intro: 'claims.blocked_field' });
  });

  it('renames the brand everywhere its name is shown: session, verification application', async () => {
    const token = await signIn('admin@lumiere.example');
    await patchBrand(token, { name: '露光', nameEn: 'Lumière Paris' });
    const session = await bodyOf<Session>(await call('/session', { token }));
    expect(session.user).toMatchObject({ brandName: '露光', brandNameEn: 'Lumière Paris' });
    const application = await bodyOf<VerificationApplication>(
      await call('/verification-applications/brand-lumiere', { token }),
    );
    expect(application).toMatchObject({ brandName: '露光', brandNameEn: 'Lumière Paris' });
  });
});
