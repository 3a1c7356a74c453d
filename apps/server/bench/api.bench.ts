// Benchmark (not a test): the API under load. Starts the real server with the demo data (api-server.ts, its own
// process) on PGlite in a temporary directory and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, on PostgreSQL in a
// throw-away database (ONLY_PG=1 skips PGlite); signs in as demo accounts and drives each route with autocannon,
// BENCH_CONNECTIONS (50) connections for BENCH_SECONDS (20) s each. Prints one table per engine, with the server
// process's CPU time per request: on a machine shared with other work the rates move with the load, that much less.
// BENCH_ROUTES=writes runs only the routes whose name holds that text; BENCH_CPU_PROF=DIR writes the server's V8 CPU
// profile there (open it in Chrome's DevTools) to see where a route's time goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { demoAccounts } from '../src/seed.ts';
import {
  postgresUrl,
  type BenchServer as Server,
  sameOrigin,
  serve,
  signIn,
  withThrowawayDatabase,
} from './bench-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SLOW_MS = 2000;
const random = (n: number) => Math.floor(Math.random() * n);

interface Call {
  method: 'GET' | 'PUT';
  path: string;
  cookie: string;
  /** a fresh body for every request */
  body?: () => unknown;
}
interface Scenario {
  name: string;
  /** one is picked at random for every request */
  calls: Call[];
}

async function call<T>(url: string, c: Call): Promise<T> {
  const res = await fetch(url + c.path, {
    method: c.method,
    headers: sameOrigin(url, c.cookie),
    body: c.body && JSON.stringify(c.body()),
  });
  if (!res.ok) throw new Error(`${c.method} ${c.path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The reads (board of the latest round, the pivot, the current plan's tasks) and a write mix: liaisons and
 *  the office saving the latest round's draft progress reports and the latest year's open statistics reports. */
async function scenarios(url: string): Promise<Scenario[]> {
  const office = (await signIn(url, 'office')).cookie;
  const liaisons = await Promise.all(
    demoAccounts.filter((a) => a.role === 'liaison').map((a) => signIn(url, a.username)),
  );
  const owner = (unitId: number) => liaisons.find((l) => l.unitId === unitId)?.cookie ?? office;
  const get = (path: string): Call => ({ method: 'GET', path, cookie: office });

  const rounds = await call<{ id: number }[]>(url, get('/api/acc/rounds'));
  const round = Math.max(...rounds.map((r) => r.id));
  const board = await call<{ cells: { unitId: number; state: string; reportId: number | null }[] }>(
    url,
    get(`/api/acc/board?round=${round}`),
  );
  const drafts = board.cells.filter((c) => c.state === 'draft' && c.reportId !== null);
  const reportSaves = await Promise.all(
    drafts.map(async (c): Promise<Call> => {
      const path = `/api/acc/reports/${c.reportId}`;
      const { report: r } = await call<{ report: Record<string, unknown> }>(url, get(path));
      const { status, done, measures, problems, nextSteps, items } = r;
      const content = { status, done, measures, problems, nextSteps, items };
      return {
        method: 'PUT',
        path,
        cookie: owner(c.unitId),
        body: () => ({ ...content, progress: random(101) }),
      };
    }),
  );
  const forms = await call<{ year: number }[]>(url, get('/api/indicators/forms'));
  const year = Math.max(...forms.map((f) => f.year));
  const reports = await call<{ unit: { id: number; orgUnitId: number | null }; report: { state: string } }[]>(
    url,
    get(`/api/indicators/reports/${year}`),
  );
  const valueSaves = reports
    .filter((r) => r.report.state === 'open')
    .map(
      (r): Call => ({
        method: 'PUT',
        path: `/api/indicators/reports/${year}/${r.unit.id}/values`,
        cookie: r.unit.orgUnitId === null ? office : owner(r.unit.orgUnitId),
        body: () => ({ values: [{ item: 'P01', option: '', value: random(1000) }] }),
      }),
    );
  const writes = [...reportSaves, ...valueSaves];
  const pivot = `/api/indicators/pivot?year=${year}&root=211100&rows=area,deptType&cols=item&items=P01`;
  return [
    { name: 'GET /api/health (control: one trivial query)', calls: [get('/api/health')] },
    { name: `GET /api/acc/board?round=${round}`, calls: [get(`/api/acc/board?round=${round}`)] },
    { name: `GET ${pivot.replace('/api/indicators/pivot', '…/pivot')}`, calls: [get(pivot)] },
    { name: 'GET /api/plans/current/tasks', calls: [get('/api/plans/current/tasks')] },
    { name: `writes: ${reportSaves.length} report drafts, ${valueSaves.length} value saves`, calls: writes },
  ];
}

async function load(server: Server, s: Scenario) {
  const { url } = server;
  for (const c of s.calls) await call(url, c); // each call answers 2xx before it is timed
  const cpu0 = await server.cpu();
  let slow = 0;
  const pick = () => s.calls[random(s.calls.length)];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const options: autocannon.Options = {
      url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          setupRequest: (req) => {
            const c = pick();
            const body = c.body && JSON.stringify(c.body());
            return { ...req, method: c.method, path: c.path, headers: sameOrigin(url, c.cookie), body };
          },
        },
      ],
    };
    autocannon(options, (err, result) => (err ? reject(err) : resolve(result))).on(
      'response',
      (_client, _status, _bytes, ms) => {
        if (ms > SLOW_MS) slow++;
      },
    );
  });
  // autocannon stops with requests in flight; let the server answer them before the next route is timed
  await sleep(r.latency.max);
  const cpu = (await server.cpu()) - cpu0;
  return {
    route: s.name,
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
    'max ms': r.latency.max,
    'errors/non-2xx': `${r.errors}/${r.non2xx}`, // errors include the 10 s timeouts
    [`over ${SLOW_MS / 1000} s`]: slow + r.timeouts,
    'server CPU ms/req': Number((cpu / 1000 / r.requests.sent).toFixed(1)),
  };
}

async function run(name: string, target: string) {
  const t0 = performance.now();
  const server = await serve(target);
  console.log(`\n${name}: seeded and listening in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const rows = [];
    const only = process.env.BENCH_ROUTES ?? '';
    for (const s of await scenarios(server.url)) if (s.name.includes(only)) rows.push(await load(server, s));
    console.table(rows);
  } finally {
    await server.stop();
  }
}

console.log(`${CONNECTIONS} connections, ${SECONDS} s per route`);
if (!process.env.ONLY_PG) {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-bench-'));
  try {
    await run('PGlite', dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const url = postgresUrl();
if (url) {
  await withThrowawayDatabase(url, (target) => run(`PostgreSQL (${new URL(target).host})`, target));
} else console.log('\nPostgreSQL: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to run it too');
