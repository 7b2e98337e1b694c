// @vitest-environment node
import type {
  AuditEntry,
  Brand,
  FileRef,
  ListResponse,
  UploadedFile,
  VerificationApplication,
} from '../../src/api';
import { plainPng } from '../lib/placeholderArt';
import { bodyOf, call, problemOf, signIn, upload } from '../testing/client';

const PATH = '/verification-applications/brand-nordbloom';

const applicationAs = async (token: string, path = PATH) =>
  bodyOf<VerificationApplication>(await call(path, { token }));

const patch = async (token: string, changes: Record<string, unknown>, path = PATH) => {
  const { version } = await applicationAs(token, path);
  return call(path, { token, method: 'PATCH', body: { version, ...changes } });
};

const command = async (token: string, action: string, body: Record<string, unknown> = {}) => {
  const { version } = await applicationAs(token);
  return call(`${PATH}/${action}`, { token, method: 'POST', body: { version, ...body } });
};

async function documentRef(token: string, name: string): Promise<FileRef> {
  const { id, contentType, url } = await bodyOf<UploadedFile>(
    await upload(token, 'document', plainPng(240, 320), name),
  );
  return { id, name, contentType, url };
}

/** Nordic Bloom's application filled in completely by its admin, as the console would. */
async function fillIn(token: string) {
  return patch(token, {
    companyName: 'Nordic Bloom AB',
    registrationNumber: '559123-4567',
    companyCountry: 'SE',
    legalRepresentative: 'Astrid Lindqvist',
    trademarkNumber: '45678901',
    trademarkOwner: 'Nordic Bloom AB',
    applicantOwnsTrademark: true,
    businessLicence: await documentRef(token, 'bolagsverket-registreringsbevis.png'),
    legalRepId: await documentRef(token, 'passport-astrid.png'),
    trademarkCertificate: await documentRef(token, 'trademark-45678901.png'),
  });
}

const rejection = { field: 'trademarkCertificate', reason: 'scan_unreadable', note: '请上传清晰的扫描件' };

describe('verification applications, read', () => {
  it('lists every application to moderators, oldest submission first, filtered and searched', async () => {
    const token = await signIn('moderator@red.example');
    const all = await bodyOf<ListResponse<VerificationApplication>>(
      await call('/verification-applications?status=approved', { token }),
    );
    expect(all.data.map((application) => application.id)).toEqual([
      'brand-lumiere',
      'brand-kiwivital',
      'brand-yunshan',
    ]);
    const found = await bodyOf<ListResponse<VerificationApplication>>(
      await call('/verification-applications?q=nordic', { token }),
    );
    expect(found.data).toMatchObject([{ id: 'brand-nordbloom', status: 'draft', brandName: '北境花园' }]);
  });

  it('shows brand users only their own application (one row; another brand’s is 404)', async () => {
    const token = await signIn('marketer@lumiere.example');
    const own = await bodyOf<ListResponse<VerificationApplication>>(
      await call('/verification-applications', { token }),
    );
    expect(own.data.map((application) => application.id)).toEqual(['brand-lumiere']);
    expect((await call('/verification-applications/brand-kiwivital', { token })).status).toBe(404);
    expect(
      (await call('/verification-applications', { token: await signIn('agent@lumiere.example') })).status,
    ).toBe(403);
  });

  it('seeds Kiwi Vital approved after a rejection, with its authorisation letter', async () => {
    const token = await signIn('admin@kiwivital.example');
    const kiwi = await applicationAs(token, '/verification-applications/brand-kiwivital');
    expect(kiwi.history.map((entry) => entry.event)).toEqual([
      'submitted',
      'rejected',
      'resubmitted',
      'approved',
    ]);
    expect(kiwi).toMatchObject({ status: 'approved', applicantOwnsTrademark: false, rejections: [] });
    expect(kiwi.authorisationLetter?.url).toMatch(/^data:image\/png;base64,/);
  });
});

describe('filling in and submitting', () => {
  it('saves a draft field by field with the brand’s own documents', async () => {
    const token = await signIn('admin@nordbloom.example');
    const response = await fillIn(token);
    expect(response.status).toBe(200);
    expect(await bodyOf<VerificationApplication>(response)).toMatchObject({
      status: 'draft',
      version: 2,
      companyName: 'Nordic Bloom AB',
      businessLicence: { name: 'bolagsverket-registreringsbevis.png' },
    });
  });

  it('refuses another brand’s document and a logo as a document, on the field', async () => {
    const token = await signIn('admin@nordbloom.example');
    const logo = await bodyOf<UploadedFile>(await upload(token, 'logo', plainPng(400, 400), 'logo.png'));
    const lumiereScan = {
      id: 'file-lumiere-licence',
      name: 'x.png',
      contentType: 'image/png',
      url: 'data:,',
    };
    const problem = await problemOf(
      await patch(token, { businessLicence: lumiereScan, legalRepId: { ...logo, name: 'logo.png' } }),
    );
    expect(problem.errors).toEqual({
      businessLicence: 'files.errors.unknown_file',
      legalRepId: 'files.errors.wrong_purpose',
    });
  });

  it('refuses to submit an incomplete application, naming every missing field', async () => {
    const token = await signIn('admin@nordbloom.example');
    const empty = await problemOf(await command(token, 'submit'));
    expect(empty).toMatchObject({ status: 422, code: 'verification.errors.incomplete' });
    expect(Object.keys(empty.errors ?? {})).toHaveLength(9);
    await fillIn(token);
    // Not the trademark owner: the owner's authorisation letter is required too.
    await patch(token, { applicantOwnsTrademark: false, trademarkOwner: 'Bloom Holding AB' });
    const letter = await problemOf(await command(token, 'submit'));
    expect(letter.errors).toEqual({ authorisationLetter: 'validation.required' });
  });

  it('submits a complete application: the brand follows, and the application is locked', async () => {
    const token = await signIn('admin@nordbloom.example');
    await fillIn(token);
    const response = await command(token, 'submit');
    expect(response.status).toBe(200);
    const submitted = await bodyOf<VerificationApplication>(response);
    expect(submitted).toMatchObject({ status: 'submitted', version: 3, decidedAt: null });
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.history).toMatchObject([{ event: 'submitted', byName: 'Astrid Lindqvist' }]);
    expect((await bodyOf<Brand>(await call('/brands/brand-nordbloom', { token }))).verificationStatus).toBe(
      'submitted',
    );
    const locked = await problemOf(await patch(token, { companyName: 'Other AB' }));
    expect(locked).toMatchObject({ status: 422, code: 'verification.errors.locked' });
    expect((await problemOf(await command(token, 'submit'))).code).toBe('verification.errors.locked');
  });

  it('keeps an approved application locked, answers 409 when stale and 403 to moderators', async () => {
    const lumiere = await signIn('admin@lumiere.example');
    const approved = await problemOf(
      await patch(lumiere, { companyName: 'X' }, '/verification-applications/brand-lumiere'),
    );
    expect(approved.code).toBe('verification.errors.locked');
    const token = await signIn('admin@nordbloom.example');
    const stale = await call(PATH, { token, method: 'PATCH', body: { version: 0, companyName: 'X' } });
    expect(stale.status).toBe(409);
    expect((await patch(await signIn('moderator@red.example'), { companyName: 'X' })).status).toBe(403);
  });
});

describe('deciding', () => {
  async function submitted() {
    const brand = await signIn('admin@nordbloom.example');
    await fillIn(brand);
    await command(brand, 'submit');
    return { brand, moderator: await signIn('moderator@red.example') };
  }

  it('is for moderators only, and only on a submitted application', async () => {
    const brand = await signIn('admin@nordbloom.example');
    expect((await command(brand, 'decision', { outcome: 'approve' })).status).toBe(403);
    const moderator = await signIn('moderator@red.example');
    const draft = await problemOf(await command(moderator, 'decision', { outcome: 'approve' }));
    expect(draft).toMatchObject({ status: 422, code: 'verification.errors.not_submitted' });
  });

  it('needs at least one reason to reject', async () => {
    const { moderator } = await submitted();
    const problem = await problemOf(
      await command(moderator, 'decision', { outcome: 'reject', rejections: [] }),
    );
    expect(problem.errors).toEqual({ rejections: 'verification.errors.reason_required' });
  });

  it('rejects with reasons on the fields; the brand fixes them and resubmits', async () => {
    const { brand, moderator } = await submitted();
    const response = await command(moderator, 'decision', { outcome: 'reject', rejections: [rejection] });
    const rejected = await bodyOf<VerificationApplication>(response);
    expect(rejected).toMatchObject({ status: 'rejected', rejections: [rejection] });
    expect(rejected.history.at(-1)).toMatchObject({ event: 'rejected', byName: '王敏' });
    expect(
      (await bodyOf<Brand>(await call('/brands/brand-nordbloom', { token: brand }))).verificationStatus,
    ).toBe('rejected');
    const [audit] = (
      await bodyOf<ListResponse<AuditEntry>>(
        await call('/audit-log?action=verification.reject', { token: moderator }),
      )
    ).data;
    expect(audit).toMatchObject({
      actorName: '王敏',
      subjectKind: 'verification',
      subjectId: 'brand-nordbloom',
      summary: '北境花园: Nordic Bloom AB',
      reason: 'trademarkCertificate: scan_unreadable (请上传清晰的扫描件)',
    });

    expect(
      (await patch(brand, { trademarkCertificate: await documentRef(brand, 'clear-scan.png') })).status,
    ).toBe(200);
    const resubmitted = await bodyOf<VerificationApplication>(await command(brand, 'submit'));
    expect(resubmitted).toMatchObject({ status: 'submitted', rejections: [] });
    expect(resubmitted.history.map((entry) => entry.event)).toEqual(['submitted', 'rejected', 'resubmitted']);
  });

  it('approves: the brand is verified and may set up its store; the decision is logged once', async () => {
    const { brand, moderator } = await submitted();
    const { version } = await applicationAs(moderator);
    const approved = await bodyOf<VerificationApplication>(
      await call(`${PATH}/decision`, {
        token: moderator,
        method: 'POST',
        body: { version, outcome: 'approve' },
      }),
    );
    expect(approved).toMatchObject({ status: 'approved', rejections: [], version: version + 1 });
    const verified = await bodyOf<Brand>(await call('/brands/brand-nordbloom', { token: brand }));
    expect(verified).toMatchObject({ verificationStatus: 'approved', verifiedAt: approved.decidedAt });
    const again = await call(`${PATH}/decision`, {
      token: moderator,
      method: 'POST',
      body: { version, outcome: 'approve' },
    });
    expect((await problemOf(again)).code).toBe('verification.errors.not_submitted');
    const log = await bodyOf<ListResponse<AuditEntry>>(
      await call('/audit-log?action=verification.approve', { token: moderator }),
    );
    expect(log.data).toMatchObject([{ subjectId: 'brand-nordbloom', reason: '' }]);
    const store = await call('/stores/brand-nordbloom', { token: brand });
    const { version: storeVersion } = await bodyOf<{ version: number }>(store);
    const body = { version: storeVersion, name: '北境花园海外旗舰店' };
    expect((await call('/stores/brand-nordbloom', { token: brand, method: 'PATCH', body })).status).toBe(200);
  });

  it('answers 409 to a decision based on a stale version', async () => {
    const { moderator } = await submitted();
    const stale = await call(`${PATH}/decision`, {
      token: moderator,
      method: 'POST',
      body: { version: 1, outcome: 'approve' },
    });
    expect(stale.status).toBe(409);
    expect((await problemOf(stale)).current).toMatchObject({ status: 'submitted' });
  });
});
