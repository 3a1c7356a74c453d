// Vite build and dev server for the Kepu web app; the dev server forwards /api to the local Kepu server.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { checkInApp } from './check-in-pwa.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = path.join(root, 'dist');

const TEXT = /\.(?:js|mjs|css|html|json|geojson|svg|txt|map)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `file.br` (brotli 11) and `file.gz` (gzip 9) beside every text file of the build, each only when smaller
 * than the file; the server sends them to browsers that accept them (@fastify/static `preCompressed`).
 */
function precompress(): Plugin {
  return {
    name: 'kepu-precompress',
    apply: 'build',
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((f) => TEXT.test(f));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(outDir, name);
          const body = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            }),
            gzipped(body, { level: 9 }),
          ]);
          if (br.length < body.length) await writeFile(`${file}.br`, br);
          if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * Puts src/components/labelled-icon.tsx in place of @ant-design/icons' AntdIcon wherever an icon module imports it
 * (the app's icons and those inside antd's components alike), so no icon is read out by its English file name. Used
 * for the build and for the dev server's pre-bundled dependencies.
 */
const labelledIcon = path.join(root, 'src/components/labelled-icon.tsx');
const iconModule = /[\\/]@ant-design[\\/]icons[\\/]es[\\/]icons[\\/]/;
function iconLabels(): Plugin {
  return {
    name: 'kepu-icon-labels',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === '../components/AntdIcon' && importer && iconModule.test(importer) ? labelledIcon : null,
  };
}

export default defineConfig({
  root,
  plugins: [iconLabels(), react(), ...checkInApp(), precompress()],
  optimizeDeps: { rolldownOptions: { plugins: [iconLabels()] } },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // the admin app, and the respondent's page (/s/<token>), which loads React and nothing else of the admin's
      input: {
        main: path.join(root, 'index.html'),
        respond: path.join(root, 's.html'),
        services: path.join(root, 'e.html'),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            // the QR writer on its own, so the public pages (e.html), which draw tickets, do not load the admin's vendor
            { name: 'uqr', test: /[\\/]node_modules[\\/]uqr[\\/]/, priority: 25 },
            // what every page needs at start (React, the router, react-query, i18next, antd's core) in one file
            // instead of twenty; the rest of antd and ECharts stay split by the pages that use them
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 20 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // Host stays the dev server's, matching the page's Origin, so the server's cross-site check lets writes through.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
