import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The preview port is fixed so the end-to-end journeys know where the production build is served.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { sourcemap: false, chunkSizeWarningLimit: 900 },
});
