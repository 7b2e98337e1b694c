import { setupWorker } from 'msw/browser';
import { browserStorage } from './db/browserStorage';
import { startPersistence } from './db/persistence';
import { startReplication } from './db/replication';
import { handlers } from './handlers';
import { startBuyerSimulator } from './lib/buyerSimulator';

export const worker = setupWorker(...handlers);

/** Loads what the user changed last time (or the seed), then intercepts the console's API calls. */
export async function startMockPlatform(): Promise<void> {
  await startPersistence(browserStorage);
  startReplication();
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  startBuyerSimulator();
}
