// Runs in jsdom on purpose: the console's own dataProvider (axios) sends the upload, as in the browser.
import type { HttpError } from 'react-admin';
import { authProvider } from '../../src/api/authProvider';
import { dataProvider } from '../../src/api/dataProvider';
import { sessionStore } from '../../src/api/sessionStore';
import { plainPng } from '../lib/placeholderArt';

beforeEach(async () => {
  sessionStore.clear();
  await authProvider.login({ email: 'admin@nordbloom.example', password: 'demo1234' });
});

describe('uploads sent by the console', () => {
  it('reach the platform as multipart and come back as an uploaded file', async () => {
    const file = new File([plainPng(600, 600).slice()], 'nordic-bloom.png', { type: 'image/png' });
    const uploaded = await dataProvider.uploadFile(file, 'logo');
    // Not the name: under jsdom, MSW re-encodes jsdom's FormData and the file name arrives as "blob"
    // (a real browser sends it; files.test.ts checks the platform keeps it).
    expect(uploaded).toMatchObject({ purpose: 'logo', contentType: 'image/png', width: 600, height: 600 });
  });

  it('surface the platform’s refusal as an HttpError with the reason on the file', async () => {
    const file = new File([plainPng(600, 400).slice()], 'wide.png', { type: 'image/png' });
    const error = await dataProvider.uploadFile(file, 'logo').then(
      () => null,
      (reason: HttpError) => reason,
    );
    expect(error?.status).toBe(422);
    expect(error?.body).toMatchObject({ errors: { file: 'files.errors.not_square' } });
  });
});
