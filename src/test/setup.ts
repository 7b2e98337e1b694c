import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { server, resetPlatform } from '../../mocks/node';

// Views talk to the real mock platform and CI machines are small and busy: give findBy/waitFor time to see
// what the user would see, instead of the 1 s default that fails under load.
configure({ asyncUtilTimeout: 10_000 });

// The mock platform answers every request a test makes; a request no handler knows fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetPlatform());
afterEach(() => {
  server.resetHandlers();
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.sessionStorage.clear();
  }
});
afterAll(() => server.close());
