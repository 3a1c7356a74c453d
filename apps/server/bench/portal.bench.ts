// Benchmark (not a test): the public portal under load. Starts the real server with the demo data (api-server.ts, its
// own process, PGlite in a temporary directory), publishes last year's figures as the office, then drives the
// portal's pages and the open data with autocannon: BENCH_CONNECTIONS (500) readers for BENCH_SECONDS (15) s per group,
// as browsers ask (gzip, brotli). Prints p50/p99 latency and requests per second. BENCH_KEEP=1 keeps the server up and
// prints its address (to look at the pages).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { demoAccounts } from '../src/seed.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 500);

function serve(dir: string): Promise<{ url: string; stop(): void }> {
  const child = fork(new URL('./api-server.ts', import.meta.url), [dir], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => reject(new Error('the server exited before it listened')));
    child.once('message', (m) => resolve({ url: (m as { url: string }).url, stop: () => child.disconnect() }));
  });
}

async function publish(url: string) {
  const office = demoAccounts.find((a) => a.username === 'office');
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: 'office', password: office?.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const forms = (await (await fetch(`${url}/api/indicators/forms`, { headers: { cookie } })).json()) as { year: number }[];
  const year = Math.max(...forms.map((f) => f.year)) - 1;
  const res = await fetch(`${url}/api/publication/${year}/publish`, { method: 'POST', headers: { cookie, origin: url } });
  if (!res.ok) throw new Error(`publish ${year}: ${res.status} ${await res.text()}`);
  return year;
}

const groups = {
  pages: ['/portal', '/portal/plan', '/portal/progress', '/portal/statistics', '/portal/data', '/portal?size=large'],
  data: [
    '/api/public/catalog',
    '/api/public/release',
    '/api/public/data/literacy.csv',
    '/api/public/data/figures.json',
    '/api/public/data/progress.json',
    '/api/public/data/figures.csv',
  ],
};

async function run(url: string, name: string, paths: string[]) {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET' as const, path, headers: { 'accept-encoding': 'gzip, br' } })),
  });
  const bad = r.non2xx + r.errors + r.timeouts;
  return { name, p50: r.latency.p50, p99: r.latency.p99, rps: Math.round(r.requests.average), total: r.requests.total, bad };
}

const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-portal-'));
const server = await serve(dir);
try {
  const year = await publish(server.url);
  console.log(`published ${year}; portal at ${server.url}/portal`);
  if (process.env.BENCH_KEEP) await new Promise(() => {});
  // each body is rendered and compressed once per release: do that before measuring
  for (const path of Object.values(groups).flat())
    await fetch(server.url + path, { headers: { 'accept-encoding': 'gzip, br' } });
  const rows = [];
  for (const [name, paths] of Object.entries(groups)) rows.push(await run(server.url, name, paths));
  console.log(`\n${CONNECTIONS} concurrent readers, ${SECONDS} s per group, PGlite, loopback`);
  console.table(rows.map((r) => ({ group: r.name, 'p50 ms': r.p50, 'p99 ms': r.p99, 'req/s': r.rps, requests: r.total, 'non-2xx/errors': r.bad })));
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
