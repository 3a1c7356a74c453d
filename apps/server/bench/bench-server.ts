// The benches' server: api-server.ts bundled as `npm start` runs it, in a process of its own (so the load generator does
// not share its event loop), with its CPU time on request. BENCH_CPU_PROF=DIR writes its V8 CPU profile there.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { build } from 'rolldown';
import { demoAccounts } from '../src/seed.ts';

export interface BenchServer {
  url: string;
  /** CPU time the server process has used (µs; with PGlite, the database's too) */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/** api-server.ts bundled as `npm start` runs the server (apps/cli/dist): tsx's output names every function as it
 *  is made, which cost a third of a request's CPU. */
async function bundleServer(): Promise<string> {
  // inside the repository, so that the packages it imports are found in node_modules
  const dir = fileURLToPath(new URL('../../../node_modules/.cache/kepu-bench-server', import.meta.url));
  await build({
    input: fileURLToPath(new URL('./api-server.ts', import.meta.url)),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@kepu/'),
    output: {
      dir,
      format: 'esm',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
      cleanDir: true,
    },
    logLevel: 'silent',
  });
  return join(dir, 'api-server.mjs');
}
const bundled = bundleServer();

/** The server on a PostgreSQL URL or a PGlite directory. */
export async function serve(target: string): Promise<BenchServer> {
  const serverBundle = await bundled;
  const profile = process.env.BENCH_CPU_PROF;
  const child = fork(serverBundle, [target], {
    execArgv: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m) => {
        const { user, system } = (m as { cpu: NodeJS.CpuUsage }).cpu;
        resolve(user + system);
      });
      child.send('cpu');
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    void exited.then(() => reject(new Error('the server exited before it listened')));
    child.once('message', (m) =>
      resolve({
        url: (m as { url: string }).url,
        cpu,
        stop: () => {
          child.disconnect();
          return exited;
        },
      }),
    );
  });
}

/** Same-origin headers, as the web app sends them (cross-site-guard.ts refuses other origins' writes). */
export const sameOrigin = (url: string, cookie = '') => ({
  origin: url,
  cookie,
  'content-type': 'application/json',
});

/** Signs a demo account in: its session cookie and its unit. */
export async function signIn(url: string, username: string) {
  const password = demoAccounts.find((a) => a.username === username)?.password;
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: sameOrigin(url),
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status}`);
  const { user } = (await res.json()) as { user: { unitId: number | null } };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] as string, unitId: user.unitId };
}

/** The PostgreSQL server the benches use: BENCH_DATABASE_URL, else TEST_DATABASE_URL. */
export const postgresUrl = () => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** That server, or the process ends saying it is needed. */
export function requirePostgresUrl(): string {
  const url = postgresUrl();
  if (url) return url;
  console.log('set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server');
  process.exit(1);
}

/** Runs `fn` on a database of its own on that server (its URL and name), dropped afterwards. */
export async function withThrowawayDatabase<T>(
  url: string,
  fn: (target: string, name: string) => Promise<T>,
): Promise<T> {
  const name = `kepu_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    return await fn(target.toString(), name);
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
}
