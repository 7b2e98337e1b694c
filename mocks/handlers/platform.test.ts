// @vitest-environment node
import type { Product } from '../../src/api';
import type { Faults } from '../lib/faults';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const setFaults = (faults: Partial<Faults>) => call('/__platform/faults', { method: 'PUT', body: faults });

describe('the control endpoints', () => {
  it('answers random failures as 503 problems, but never on control calls', async () => {
    const token = await signIn('admin@lumiere.example');
    await setFaults({ errorRate: 1 });
    const response = await call('/products', { token });
    expect(response.status).toBe(503);
    expect((await problemOf(response)).code).toBe('errors.server');
    expect(await bodyOf<Faults>(await call('/__platform/faults'))).toEqual({
      latencyMs: 0,
      errorRate: 1,
      timeoutRate: 0,
      offline: false,
    });
  });

  it('fails at the network level when offline', async () => {
    await setFaults({ offline: true });
    await expect(call('/session', { method: 'POST', body: {} })).rejects.toThrow();
  });

  it('delays every API call by the latency asked for', async () => {
    const token = await signIn('admin@lumiere.example');
    await setFaults({ latencyMs: 120 });
    const started = performance.now();
    await call('/dashboard', { token });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('refuses faults out of range with 422', async () => {
    expect((await setFaults({ errorRate: 2 })).status).toBe(422);
  });

  it('resets data, sessions and faults', async () => {
    const token = await signIn('admin@lumiere.example');
    const product = await bodyOf<Product>(await call('/products/prod-lumiere-0001', { token }));
    await call('/products/prod-lumiere-0001', {
      token,
      method: 'PATCH',
      body: { version: product.version, stock: 0 },
    });
    await setFaults({ latencyMs: 5 });

    expect((await call('/__platform/reset', { method: 'POST' })).status).toBe(204);
    expect((await call('/products', { token })).status).toBe(401);
    expect((await bodyOf<Faults>(await call('/__platform/faults'))).latencyMs).toBe(0);
    const fresh = await signIn('admin@lumiere.example');
    expect(await bodyOf<Product>(await call('/products/prod-lumiere-0001', { token: fresh }))).toEqual(
      product,
    );
  });
});
