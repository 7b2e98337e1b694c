import '@testing-library/jest-dom/vitest';
import { server, resetPlatform } from '../../mocks/node';

// The mock platform answers every request a test makes; a request no handler knows fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetPlatform());
afterEach(() => {
  server.resetHandlers();
  if (typeof window !== 'undefined') window.localStorage.clear();
});
afterAll(() => server.close());
