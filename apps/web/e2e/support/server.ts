// Starts the real Kepu server in process on a free port with the demo data, serving the built web app (run
// `npm run build:web` first). With TEST_DATABASE_URL set, on PostgreSQL: a copy of the run's demo template database
// (test-support/global-setup.ts), which serves a page's requests several times faster than PGlite's WebAssembly in the
// test's own thread; files that ask for it, and every file without TEST_DATABASE_URL, on a fresh PGlite directory,
// the embedded default `npm start` runs on.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrl, testSnapshots } from '@kepu/db';
import { startServer } from '@kepu/server';
import pg from 'pg';

export const webRoot = fileURLToPath(new URL('../../dist', import.meta.url));

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

type Started = Awaited<ReturnType<typeof startServer>>;

export interface TestServerOptions {
  /** 'pglite': the embedded database even when PostgreSQL is there. */
  engine?: 'pglite';
  /** A prefix for the PGlite directory's name. */
  prefix?: string;
  /** Adjusts the started server (its clock, say) before the tests use it. */
  adjust?: (server: Started) => void;
}

/** A new data directory holding the run's prepared demo database (test-support/global-setup.ts) when there is one, so
 *  a server starts without initdb or seeding; empty otherwise (the server seeds it). */
export async function demoDataDir(prefix: string): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  const demoDir = testSnapshots()?.pgliteDemoDir;
  if (demoDir && existsSync(demoDir)) await cp(demoDir, dataDir, { recursive: true });
  return dataDir;
}

async function admin(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(statement).finally(() => c.end());
}

/** A database of its own: a copy of the demo template on PostgreSQL, or a PGlite directory; and how to remove it. */
async function demoDatabase(o: TestServerOptions) {
  const url = process.env.TEST_DATABASE_URL;
  const template = testSnapshots()?.postgres.demo;
  if (o.engine !== 'pglite' && url && template) {
    const name = `e2e_${randomBytes(6).toString('hex')}`;
    await admin(url, `create database ${name} template ${template}`);
    return {
      where: { databaseUrl: databaseUrl(url, name) },
      remove: () => admin(url, `drop database if exists ${name} with (force)`),
    };
  }
  const dataDir = await demoDataDir(o.prefix ?? 'kepu-e2e-');
  return { where: { dataDir }, remove: () => rm(dataDir, { recursive: true, force: true }) };
}

export async function startTestServer(o: TestServerOptions = {}): Promise<TestServer> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`no built web app in ${webRoot}: run \`npm run build:web\` before the e2e tests`);
  }
  const db = await demoDatabase(o);
  const server = await startServer({ port: 0, ...db.where, seedDemo: true, webRoot });
  o.adjust?.(server);
  return {
    url: server.url.replace('[::1]', 'localhost'),
    close: async () => {
      await server.close();
      await db.remove();
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
