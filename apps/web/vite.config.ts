// Vite build and dev server for the Kepu web app; the dev server forwards /api to the local Kepu server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      // Host stays the dev server's, matching the page's Origin, so the server's cross-site check lets writes through.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
