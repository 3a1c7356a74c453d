// Starts the real Kepu server in process on a free port, on a fresh PGlite directory with the demo seed,
// serving the built web app (run `npm run build:web` first).
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testSnapshots } from '@kepu/db';
import { startServer } from '@kepu/server';

export const webRoot = fileURLToPath(new URL('../../dist', import.meta.url));

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** A new data directory holding the run's prepared demo database (test-support/global-setup.ts) when there is one, so
 *  a server starts without initdb or seeding; empty otherwise (the server seeds it). */
export async function demoDataDir(prefix: string): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  const demoDir = testSnapshots()?.pgliteDemoDir;
  if (demoDir && existsSync(demoDir)) await cp(demoDir, dataDir, { recursive: true });
  return dataDir;
}

export async function startTestServer(): Promise<TestServer> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`no built web app in ${webRoot}: run \`npm run build:web\` before the e2e tests`);
  }
  const dataDir = await demoDataDir('kepu-e2e-');
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
  analyst: { username: 'analyst', password: 'kepu-analyst-2025' },
  interviewer: { username: 'interviewer', password: 'kepu-interviewer-2025' },
  /** the demo province office (示例): Liaoning and every jurisdiction below it */
  province: { username: 'liaoning', password: 'kepu-province-2025' },
} as const;
