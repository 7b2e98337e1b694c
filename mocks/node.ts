import { setupServer } from 'msw/node';
import { loadSeed } from './db/store';
import { resetFaults } from './lib/faults';
import { resetSessionTtl } from './lib/sessions';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

/**
 * Back to the seed, synchronously, for a test's beforeEach. Node keeps no snapshot, so unlike
 * POST /__platform/reset there is nothing to clear and nothing to wait for.
 */
export function resetPlatform(): void {
  loadSeed();
  resetFaults();
  resetSessionTtl();
}
