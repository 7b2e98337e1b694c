import { setupWorker } from 'msw/browser';
import { browserStorage } from './db/browserStorage';
import { startPersistence } from './db/persistence';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

/** Loads what the user changed last time (or the seed), then intercepts the console's API calls. */
export async function startMockPlatform(): Promise<void> {
  await startPersistence(browserStorage);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
