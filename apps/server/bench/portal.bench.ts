// Benchmark (not a test): the public portal under load. Starts the real server with the demo data (bench-server.ts:
// bundled as `npm start` runs it, its own process, PGlite in a temporary directory), publishes last year's figures as
// the office, then drives the portal's pages and the open data with autocannon: BENCH_CONNECTIONS (500) readers for
// BENCH_SECONDS (15) s per group, as browsers ask (gzip, brotli). Prints p50/p99 latency, requests per second and the
// server's CPU time per request (what moves least when other work shares the cores), with the load average.
// BENCH_KEEP=1 keeps the server up and prints its address (to look at the pages).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { launchBrowser, phone } from '../../web/e2e/support/browser.ts';
import { demoAccounts } from '../src/seed.ts';
import { type BenchServer, serve } from './bench-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 500);

async function publish(url: string) {
  const office = demoAccounts.find((a) => a.username === 'office');
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username: 'office', password: office?.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const forms = (await (await fetch(`${url}/api/indicators/forms`, { headers: { cookie } })).json()) as {
    year: number;
  }[];
  const year = Math.max(...forms.map((f) => f.year)) - 1;
  const res = await fetch(`${url}/api/publication/${year}/publish`, {
    method: 'POST',
    headers: { cookie, origin: url },
  });
  if (!res.ok) throw new Error(`publish ${year}: ${res.status} ${await res.text()}`);
  return year;
}

const groups = {
  pages: [
    '/portal',
    '/portal/plan',
    '/portal/progress',
    '/portal/statistics',
    '/portal/data',
    '/portal?size=large',
  ],
  services: ['/portal/activities', '/portal/venues', '/portal/activities?size=large'],
  data: [
    '/api/public/catalog',
    '/api/public/release',
    '/api/public/data/literacy.csv',
    '/api/public/data/figures.json',
    '/api/public/data/progress.json',
    '/api/public/data/figures.csv',
  ],
};

async function run(server: BenchServer, name: string, paths: string[]) {
  const cpu0 = await server.cpu();
  const load = loadavg()[0];
  const r = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({
      method: 'GET' as const,
      path,
      headers: { 'accept-encoding': 'gzip, br' },
    })),
  });
  const bad = r.non2xx + r.errors + r.timeouts;
  const cpu = ((await server.cpu()) - cpu0) / 1000 / r.requests.total;
  return {
    group: name,
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    'req/s': Math.round(r.requests.average),
    requests: r.requests.total,
    'non-2xx/errors': bad,
    'server CPU ms/req': Number(cpu.toFixed(3)),
    'load before': Number(load.toFixed(1)),
  };
}

/** First contentful paint of portal pages opened cold (a new browser context each, the page not yet rendered by the
 *  server) at 375 px in Chromium. */
async function paint(url: string) {
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const path of ['/portal', '/portal?size=large', '/portal/progress', '/portal/activities']) {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      await page.goto(url + path, { waitUntil: 'load' });
      // the paint entry may come after the load event: wait for it (buffered), 5 s at most
      const m = await page.evaluate(async () => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const fcp = await new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const e = list.getEntriesByName('first-contentful-paint')[0];
            if (e) resolve(e.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(Number.NaN), 5000);
        });
        return { fcp, bytes: nav.transferSize, scripts: document.scripts.length };
      });
      rows.push({
        page: path,
        'FCP ms': Math.round(m.fcp),
        'bytes over the wire': m.bytes,
        scripts: m.scripts,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`\nfirst contentful paint at 375 px, cold, Chromium; load ${loadavg()[0].toFixed(1)}`);
  console.table(rows);
}

const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-portal-'));
const server = await serve(dir);
try {
  const year = await publish(server.url);
  console.log(`published ${year}; portal at ${server.url}/portal`);
  if (process.env.BENCH_KEEP) await new Promise(() => {});
  // the browser and the server both cold: the first reader of each page after a publish
  await paint(server.url);
  // each body is rendered and compressed once per release: do that before measuring
  for (const path of Object.values(groups).flat())
    await fetch(server.url + path, { headers: { 'accept-encoding': 'gzip, br' } });
  const rows = [];
  for (const [name, paths] of Object.entries(groups)) rows.push(await run(server, name, paths));
  console.log(
    `\n${CONNECTIONS} concurrent readers, ${SECONDS} s per group, PGlite, loopback; load now ${loadavg()[0].toFixed(1)}`,
  );
  console.table(rows);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
