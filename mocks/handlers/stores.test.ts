// @vitest-environment node
import type { FileRef, ListResponse, Store, UploadedFile } from '../../src/api';
import { db } from '../db/store';
import { plainPng } from '../lib/placeholderArt';
import { bodyOf, call, problemOf, signIn, upload } from '../testing/client';

const storeAs = async (token: string, id = 'brand-lumiere') =>
  bodyOf<Store>(await call(`/stores/${id}`, { token }));

const patchStore = async (token: string, changes: Record<string, unknown>, id = 'brand-lumiere') => {
  const { version } = await storeAs(token, id);
  return call(`/stores/${id}`, { token, method: 'PATCH', body: { version, ...changes } });
};

const openStore = async (token: string, id = 'brand-nordbloom') => {
  const { version } = await storeAs(token, id);
  return call(`/stores/${id}/open`, { token, method: 'POST', body: { version } });
};

/** As if a moderator had approved Nordic Bloom (verification.test.ts walks that path through the API). */
function verifyNordicBloom() {
  const brand = db.brands.find('brand-nordbloom');
  if (brand)
    db.brands.save({ ...brand, verificationStatus: 'approved', verifiedAt: new Date().toISOString() });
}

async function imageRef(
  token: string,
  purpose: 'logo' | 'banner',
  width: number,
  height: number,
): Promise<FileRef> {
  const { id, name, contentType, url } = await bodyOf<UploadedFile>(
    await upload(token, purpose, plainPng(width, height), `${purpose}.png`),
  );
  return { id, name, contentType, url };
}

const swedishSetup = {
  name: '北境花园海外旗舰店',
  intro: '来自瑞典的植物护肤品牌，斯德哥尔摩仓直邮。',
  storeType: 'cross_border_flagship',
  tradeModel: 'direct_mail',
  shippingOrigin: 'SE',
  warehouse: 'Stockholm Arlanda Fulfilment',
  returnAddress: '上海市浦东新区航城路 88 号 跨境直邮退货中心（北境花园）',
  returnPolicy: 'quality_issues_only',
  settlementBank: 'Skandinaviska Enskilda Banken',
  settlementAccountName: 'Nordic Bloom AB',
  settlementSwift: 'ESSESESS',
  settlementIban: 'SE4550000000058398257466',
  settlementCurrency: 'SEK',
};

describe('stores, read', () => {
  it('lists every store to moderators, filtered by status, and only their own to brand users', async () => {
    const moderator = await signIn('moderator@red.example');
    const notOpen = await bodyOf<ListResponse<Store>>(
      await call('/stores?status=not_open', { token: moderator }),
    );
    expect(notOpen.data.map((store) => store.id)).toEqual(['brand-nordbloom']);
    expect((await bodyOf<ListResponse<Store>>(await call('/stores', { token: moderator }))).total).toBe(4);
    const admin = await signIn('admin@kiwivital.example');
    const own = await bodyOf<ListResponse<Store>>(await call('/stores', { token: admin }));
    expect(own.data).toMatchObject([{ id: 'brand-kiwivital', status: 'open', tradeModel: 'direct_mail' }]);
  });

  it('shows an agent their own store only, and never lists to them', async () => {
    const token = await signIn('agent@lumiere.example');
    expect(await storeAs(token)).toMatchObject({
      storeType: 'cross_border_flagship',
      tradeModel: 'bonded_warehouse',
    });
    expect((await call('/stores/brand-yunshan', { token })).status).toBe(404);
    expect((await call('/stores', { token })).status).toBe(403);
  });
});

describe('setting up a store', () => {
  it('waits for the brand to be verified', async () => {
    const token = await signIn('admin@nordbloom.example');
    const problem = await problemOf(await patchStore(token, { name: '北境花园' }, 'brand-nordbloom'));
    expect(problem).toMatchObject({ status: 422, code: 'stores.errors.not_verified' });
    expect((await problemOf(await openStore(token))).errors).toMatchObject({
      verified: 'stores.checklist.verified',
    });
  });

  it('saves changes for admins and marketers, refuses them to moderators (403) and stale versions (409)', async () => {
    const marketer = await signIn('marketer@lumiere.example');
    const response = await patchStore(marketer, { serviceHoursEnd: '22:00', settlementCurrency: 'CNY' });
    expect(await bodyOf<Store>(response)).toMatchObject({
      serviceHoursEnd: '22:00',
      settlementCurrency: 'CNY',
      version: 4,
    });
    expect((await patchStore(await signIn('moderator@red.example'), { intro: 'x' })).status).toBe(403);
    const stale = await call('/stores/brand-lumiere', {
      token: marketer,
      method: 'PATCH',
      body: { version: 1, intro: 'x' },
    });
    expect(stale.status).toBe(409);
  });

  it('checks SWIFT, IBAN and times, and refuses files uploaded for something else', async () => {
    const token = await signIn('admin@lumiere.example');
    const invalid = await problemOf(
      await patchStore(token, { settlementSwift: 'BNP', settlementIban: 'FR76', serviceHoursStart: '9:00' }),
    );
    expect(invalid.errors).toEqual({
      settlementSwift: 'stores.errors.swift',
      settlementIban: 'stores.errors.iban',
      serviceHoursStart: 'validation.time',
    });
    const logo = await imageRef(token, 'logo', 400, 400);
    expect((await problemOf(await patchStore(token, { banner: logo }))).errors).toEqual({
      banner: 'files.errors.wrong_purpose',
    });
  });

  it('refuses banned claims in the store name or intro', async () => {
    const token = await signIn('admin@lumiere.example');
    const problem = await problemOf(await patchStore(token, { intro: '全网最好的法式护肤' }));
    expect(problem).toMatchObject({ code: 'claims.blocked', errors: { intro: 'claims.blocked_field' } });
    expect(problem.findings?.intro).toHaveLength(1);
  });

  it('keeps an open store complete, and its trade model as it opened', async () => {
    const token = await signIn('admin@lumiere.example');
    const emptied = await problemOf(await patchStore(token, { name: '', settlementIban: '' }));
    expect(emptied).toMatchObject({
      code: 'stores.errors.incomplete',
      errors: { name: 'stores.checklist.name', settlement: 'stores.checklist.settlement' },
    });
    const moved = await problemOf(await patchStore(token, { tradeModel: 'direct_mail' }));
    expect(moved.errors).toEqual({ tradeModel: 'stores.errors.trade_model_locked' });
  });
});

describe('opening a store', () => {
  it('names every missing checklist item, then opens once nothing is missing', async () => {
    verifyNordicBloom();
    const token = await signIn('admin@nordbloom.example');
    const empty = await problemOf(await openStore(token));
    expect(empty).toMatchObject({ status: 422, code: 'stores.errors.incomplete' });
    expect(Object.keys(empty.errors ?? {}).sort()).toEqual(
      [
        'name',
        'logo',
        'intro',
        'storeType',
        'tradeModel',
        'type_matches_trade_model',
        'shippingOrigin',
        'warehouse',
        'returnAddress',
        'returnPolicy',
        'settlement',
      ].sort(),
    );
    const logo = await imageRef(token, 'logo', 400, 400);
    const banner = await imageRef(token, 'banner', 960, 320);
    expect((await patchStore(token, { ...swedishSetup, logo, banner }, 'brand-nordbloom')).status).toBe(200);
    const before = await storeAs(token, 'brand-nordbloom');
    const opened = await bodyOf<Store>(await openStore(token));
    expect(opened).toMatchObject({ status: 'open', version: before.version + 1 });
    expect(opened.openedAt).not.toBeNull();
    expect(await bodyOf<Store>(await openStore(token))).toEqual(opened);
  });

  it('refuses a store type that does not fit the trade model, and overseas settlement without SWIFT', async () => {
    verifyNordicBloom();
    const token = await signIn('admin@nordbloom.example');
    const logo = await imageRef(token, 'logo', 400, 400);
    const mismatched = { ...swedishSetup, logo, storeType: 'official_flagship', settlementSwift: '' };
    await patchStore(token, mismatched, 'brand-nordbloom');
    expect((await problemOf(await openStore(token))).errors).toEqual({
      type_matches_trade_model: 'stores.checklist.type_matches_trade_model',
      settlement: 'stores.checklist.settlement',
    });
  });

  it('is refused to agents and moderators (403)', async () => {
    for (const email of ['agent@lumiere.example', 'moderator@red.example']) {
      expect((await openStore(await signIn(email), 'brand-lumiere')).status).toBe(403);
    }
  });
});
