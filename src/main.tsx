import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { env } from './config/env';
import { App } from './App';

/** In mock mode (the default) the platform runs in this browser; it is loaded only then, as its own chunk. */
async function startPlatform(): Promise<void> {
  if (env.apiMode !== 'mock') return;
  const { startMockPlatform } = await import('../mocks/browser');
  await startMockPlatform();
}

startPlatform().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
