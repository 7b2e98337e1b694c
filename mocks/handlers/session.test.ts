// @vitest-environment node
import type { Session } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn, signInRequest } from '../testing/client';

beforeEach(() => resetPlatform());

describe('signing in', () => {
  it('answers a session with a token, an expiry about 8 hours away and the user', async () => {
    const response = await signInRequest('admin@lumiere.example');
    expect(response.status).toBe(201);
    const session = await bodyOf<Session>(response);
    expect(session.token.length).toBeGreaterThan(20);
    const hours = (Date.parse(session.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    expect(session.user).toMatchObject({
      email: 'admin@lumiere.example',
      name: 'Camille Laurent',
      role: 'brand_admin',
      brandId: 'brand-lumiere',
    });
  });

  it('accepts the email in any case', async () => {
    expect((await signInRequest('Admin@Lumiere.Example')).status).toBe(201);
  });

  it('refuses an unknown email with auth.unknown_user as problem+json', async () => {
    const response = await signInRequest('nobody@lumiere.example');
    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await problemOf(response)).toMatchObject({
      status: 401,
      code: 'auth.unknown_user',
      title: 'Unauthorized',
    });
  });

  it('refuses a wrong password with auth.wrong_password', async () => {
    const response = await signInRequest('admin@lumiere.example', 'nope');
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('auth.wrong_password');
  });

  it('locks the account after 5 failures, even for the right password', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signInRequest('marketer@lumiere.example', 'wrong')).status).toBe(401);
    }
    const response = await signInRequest('marketer@lumiere.example');
    expect(response.status).toBe(423);
    expect((await problemOf(response)).code).toBe('auth.locked');
  });

  it('forgets failures after a successful sign-in', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await signInRequest('agent@lumiere.example', 'wrong');
    expect((await signInRequest('agent@lumiere.example')).status).toBe(201);
    for (let attempt = 1; attempt <= 4; attempt++) await signInRequest('agent@lumiere.example', 'wrong');
    expect((await signInRequest('agent@lumiere.example')).status).toBe(201);
  });

  it('refuses a deactivated team member with auth.deactivated', async () => {
    const response = await signInRequest('antoine.dubois@lumiere.example');
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('auth.deactivated');
  });

  it('answers 422 with field errors for a malformed body', async () => {
    const response = await call('/session', { method: 'POST', body: { email: 'not-an-email' } });
    expect(response.status).toBe(422);
    expect(await problemOf(response)).toMatchObject({
      code: 'errors.validation',
      errors: { email: 'validation.email', password: 'validation.required' },
    });
  });
});

describe('the session', () => {
  it('is answered for its bearer token, then revoked by DELETE', async () => {
    const token = await signIn('admin@kiwivital.example');
    const current = await call('/session', { token });
    expect(current.status).toBe(200);
    expect((await bodyOf<Session>(current)).token).toBe(token);
    expect((await call('/session', { token, method: 'DELETE' })).status).toBe(204);
    expect((await call('/session', { token })).status).toBe(401);
  });

  it('answers 401 errors.unauthorized without a token or with an unknown one', async () => {
    const missing = await call('/products');
    expect(missing.status).toBe(401);
    expect((await problemOf(missing)).code).toBe('errors.unauthorized');
    expect((await call('/products', { token: 'made-up' })).status).toBe(401);
  });

  it('answers 401 once the platform has expired every session', async () => {
    const token = await signIn('admin@lumiere.example');
    expect((await call('/products', { token })).status).toBe(200);
    expect((await call('/__platform/sessions/expire', { method: 'POST' })).status).toBe(200);
    expect((await call('/products', { token })).status).toBe(401);
  });

  it('lasts as long as the configured session TTL', async () => {
    await call('/__platform/session-ttl', { method: 'POST', body: { seconds: 60 } });
    const session = await bodyOf<Session>(await signInRequest('admin@lumiere.example'));
    expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(60_000);
  });
});
