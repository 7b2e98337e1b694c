// @vitest-environment node
import type { Brand, Problem, UploadedFile } from '../../src/api';
import { plainPng } from '../lib/placeholderArt';
import { bodyOf, call, problemOf, signIn, upload } from '../testing/client';

const ascii = (text: string) => new Uint8Array(Array.from(text, (char) => char.charCodeAt(0)));
const pdf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(ascii('%PDF-1.7\n'));
  return bytes;
};

const refusal = async (response: Response) => {
  expect(response.status).toBe(422);
  return (await problemOf(response)).errors?.file;
};

describe('uploading a file', () => {
  it('stores a logo of the caller’s brand and answers where it lives, with its pixel size', async () => {
    const token = await signIn('admin@lumiere.example');
    const response = await upload(token, 'logo', plainPng(400, 400), 'logo.png');
    expect(response.status).toBe(201);
    const file = await bodyOf<UploadedFile & { brandId?: string }>(response);
    expect(file).toMatchObject({
      purpose: 'logo',
      name: 'logo.png',
      contentType: 'image/png',
      width: 400,
      height: 400,
    });
    expect(file.id).toMatch(/^file-/);
    expect(file.url).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(file.brandId).toBeUndefined();
  });

  it('takes the type from the bytes, not from the name or the declared type', async () => {
    const token = await signIn('marketer@lumiere.example');
    const response = await upload(token, 'document', plainPng(120, 160), 'scan.jpg', 'image/jpeg');
    expect(await bodyOf<UploadedFile>(response)).toMatchObject({ contentType: 'image/png', width: 120 });
    const scan = await upload(token, 'document', pdf(2048), 'licence', 'application/octet-stream');
    expect(await bodyOf<UploadedFile>(scan)).toMatchObject({ contentType: 'application/pdf', width: null });
  });

  it('refuses a type, a size or a shape the purpose does not allow, with the reason on `file`', async () => {
    const token = await signIn('admin@lumiere.example');
    expect(await refusal(await upload(token, 'document', ascii('plain words'), 'a.txt', 'text/plain'))).toBe(
      'files.errors.type',
    );
    expect(await refusal(await upload(token, 'logo', pdf(1000), 'logo.pdf', 'application/pdf'))).toBe(
      'files.errors.type',
    );
    expect(await refusal(await upload(token, 'document', pdf(10 * 1024 * 1024 + 1), 'big.pdf'))).toBe(
      'files.errors.too_large',
    );
    expect(
      await refusal(await upload(token, 'document', new Uint8Array(), 'empty.pdf', 'application/pdf')),
    ).toBe('files.errors.empty');
    expect(await refusal(await upload(token, 'logo', plainPng(300, 200), 'wide.png'))).toBe(
      'files.errors.not_square',
    );
    expect(await refusal(await upload(token, 'logo', plainPng(100, 100), 'tiny.png'))).toBe(
      'files.errors.too_small',
    );
    expect(await refusal(await upload(token, 'logo', plainPng(2001, 2001), 'huge.png'))).toBe(
      'files.errors.too_big',
    );
    expect(await refusal(await upload(token, 'banner', plainPng(900, 200), 'low.png'))).toBe(
      'files.errors.too_small',
    );
    const problem = await problemOf(await upload(token, 'product_image', plainPng(600, 500), 'p.png'));
    expect(problem).toMatchObject({ status: 422, code: 'files.errors.not_square' });
  });

  it('refuses a file that claims to be an image but is not one', async () => {
    const token = await signIn('admin@lumiere.example');
    const fake = await upload(token, 'document', ascii('not really a png'), 'scan.png', 'image/png');
    expect(await refusal(fake)).toBe('files.errors.unreadable');
    const cut = await upload(token, 'logo', plainPng(400, 400).slice(0, 20), 'cut.png');
    expect(await refusal(cut)).toBe('files.errors.unreadable');
  });

  it('answers 422 for a missing or unknown purpose or file, 400 for a body that is not multipart', async () => {
    const token = await signIn('admin@lumiere.example');
    const noPurpose = new FormData();
    noPurpose.append('file', new File([plainPng(10, 10).slice()], 'a.png', { type: 'image/png' }));
    expect(
      (await problemOf(await call('/files', { token, method: 'POST', body: noPurpose }))).errors,
    ).toEqual({
      purpose: 'validation.required',
    });
    const noFile = new FormData();
    noFile.append('purpose', 'avatar');
    expect((await problemOf(await call('/files', { token, method: 'POST', body: noFile }))).errors).toEqual({
      purpose: 'validation.invalid_choice',
      file: 'validation.required',
    });
    const json = await call('/files', { token, method: 'POST', body: { purpose: 'logo' } });
    expect(json.status).toBe(400);
  });

  it('is closed to customer-service agents and moderators (403)', async () => {
    for (const email of ['agent@lumiere.example', 'moderator@red.example']) {
      const response = await upload(await signIn(email), 'logo', plainPng(400, 400), 'logo.png');
      expect(response.status).toBe(403);
    }
  });
});

describe('referring to a file from a record', () => {
  const patchLogo = async (token: string, logo: unknown) => {
    const brand = await bodyOf<Brand>(await call('/brands/brand-lumiere', { token }));
    return call('/brands/brand-lumiere', { token, method: 'PATCH', body: { version: brand.version, logo } });
  };
  const refOf = ({ id, name, contentType, url }: UploadedFile) => ({ id, name, contentType, url });

  it('accepts the brand’s own upload and keeps the platform’s name and url, whatever was sent', async () => {
    const token = await signIn('admin@lumiere.example');
    const file = await bodyOf<UploadedFile>(await upload(token, 'logo', plainPng(300, 300), 'new-logo.png'));
    const response = await patchLogo(token, {
      ...refOf(file),
      name: 'renamed.png',
      url: 'https://evil.example/x.png',
    });
    expect(response.status).toBe(200);
    expect((await bodyOf<Brand>(response)).logo).toEqual(refOf(file));
  });

  it('refuses another brand’s file, an unknown id and a file uploaded for another purpose', async () => {
    const kiwi = await signIn('admin@kiwivital.example');
    const kiwiLogo = await bodyOf<UploadedFile>(await upload(kiwi, 'logo', plainPng(300, 300), 'kiwi.png'));
    const token = await signIn('admin@lumiere.example');
    const scan = await bodyOf<UploadedFile>(await upload(token, 'document', plainPng(300, 300), 'scan.png'));
    const errorOn = async (logo: unknown) =>
      (await bodyOf<Problem>(await patchLogo(token, logo))).errors?.logo;
    expect(await errorOn(refOf(kiwiLogo))).toBe('files.errors.unknown_file');
    expect(await errorOn({ ...refOf(kiwiLogo), id: 'file-nothing' })).toBe('files.errors.unknown_file');
    expect(await errorOn(refOf(scan))).toBe('files.errors.wrong_purpose');
    // A reference is the whole FileRef: an id alone does not match the schema.
    const idOnly = await bodyOf<Problem>(await patchLogo(token, { id: 'file-lumiere-logo' }));
    expect(idOnly.errors).toMatchObject({ 'logo.name': 'validation.required' });
  });
});
