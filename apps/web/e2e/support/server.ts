// Starts the real Kepu server in process on a free port, on a fresh PGlite directory with the demo seed,
// serving the built web app (run `npm run build:web` first).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@kepu/server';

export const webRoot = fileURLToPath(new URL('../../dist', import.meta.url));

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`no built web app in ${webRoot}: run \`npm run build:web\` before the e2e tests`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kepu-e2e-'));
  const server = await startServer({ port: 0, dataDir, seedDemo: true, webRoot });
  return {
    url: server.url.replace('[::1]', 'localhost'),
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const accounts = {
  office: { username: 'office', password: 'kepu-office-2025' },
  liaison: { username: 'edu', password: 'kepu-liaison-2025', unitName: '市教育局' },
  district: { username: 'dawa', password: 'kepu-district-2025', areaCode: '211104' },
  viewer: { username: 'viewer', password: 'kepu-viewer-2025' },
} as const;
