// @vitest-environment node
import type { AddressInfo } from 'node:net';
import { createDataProvider } from '../src/api/dataProvider';
import { createHttpClient } from '../src/api/httpClient';
import { createPlatformServer } from './httpServer';
import { server as interceptor } from './node';

// The console's data layer over real HTTP, as with `npm run platform` and VITE_API_URL: no interception.
beforeAll(() => interceptor.close());

describe('the mock platform as an HTTP server', () => {
  it('serves the console’s data layer over real HTTP, with CORS and problem answers', async () => {
    const platform = createPlatformServer();
    await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
    const { port } = platform.address() as AddressInfo;
    const baseURL = `http://127.0.0.1:${port}/api/v1`;
    try {
      const preflight = await fetch(`${baseURL}/products`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');

      const signIn = await fetch(`${baseURL}/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@kiwivital.example', password: 'demo1234' }),
      });
      const { token } = (await signIn.json()) as { token: string };
      const dataProvider = createDataProvider(createHttpClient({ baseURL, getToken: () => token }));

      const { data, total } = await dataProvider.getList('products', {
        pagination: { page: 1, perPage: 5 },
        sort: { field: 'priceFen', order: 'DESC' },
        filter: { status: 'listed' },
      });
      expect(data).toHaveLength(5);
      expect(total).toBeGreaterThan(5);
      expect(data.every((p) => p.brandId === 'brand-kiwivital' && p.status === 'listed')).toBe(true);

      await expect(dataProvider.getOne('products', { id: 'prod-lumiere-0001' })).rejects.toMatchObject({
        status: 404,
        message: 'errors.not_found',
      });
    } finally {
      await new Promise((resolve) => platform.close(resolve));
    }
  });
});
