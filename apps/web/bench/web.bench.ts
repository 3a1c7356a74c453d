// Benchmark (not a test): opens each main page of the built web app cold in Debian's Chromium, as the role that uses
// it, against the real server (in process, fresh PGlite with the demo seed), and prints per page the bytes transferred
// (as they came over the network, headers included), the JavaScript among them (transferred and unpacked), the
// request count, first contentful paint and time to content (the page's data on screen).
//
//   npm run bench:web                         # builds the web app first, then 3 measured runs per page (median)
//   node --import tsx apps/web/bench/web.bench.ts [--runs N] [--json FILE]   # on an existing apps/web/dist
//
// "Cold" is a new browser context per load: empty HTTP cache, no service worker; signed-in pages get only the
// session cookie (signed in once per role through the API, so sign-in does not warm the cache). One unmeasured pass
// first warms the server (PGlite's first queries), not the browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '@kepu/server';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { desktop, launchBrowser } from '../e2e/support/browser.ts';
import { accounts } from '../e2e/support/server.ts';

const webRoot = fileURLToPath(new URL('../dist', import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 3);
const JSON_OUT = arg('--json');
const YEAR = new Date().getUTCFullYear() - 1;

type Role = 'visitor' | 'office' | 'liaison' | 'district' | 'unit';
const users: Record<Exclude<Role, 'visitor'>, { username: string; password: string }> = {
  office: accounts.office,
  liaison: accounts.liaison,
  district: accounts.district,
  unit: { username: 'dawa-kexie', password: 'kepu-liaison-2025' },
};

interface PageSpec {
  name: string;
  role: Role;
  /** Path, or a function of the signed-in user (the report grid needs the unit's id). */
  path: string | ((me: Me) => string);
  /** Shown when the page's data is on screen. */
  content: string;
}
interface Me {
  reportUnitId?: number;
}

const dt = (id: string) => `[data-test="${id}"]`;
const pages: PageSpec[] = [
  { name: 'login', role: 'visitor', path: '/login', content: dt('login-form') },
  { name: 'plan', role: 'visitor', path: '/', content: `${dt('targets-chart')} svg path` },
  { name: 'tasks', role: 'visitor', path: '/tasks', content: dt('task-row-1') },
  { name: 'units', role: 'visitor', path: '/units', content: '[data-test^="unit-link-"]' },
  { name: 'matrix', role: 'visitor', path: '/matrix', content: dt('matrix-row-1') },
  { name: 'acc home', role: 'liaison', path: '/acc', content: '[data-test^="acc-owed-"]' },
  { name: 'acc board', role: 'office', path: '/acc/board', content: '[data-test^="acc-cell-"]' },
  {
    name: 'stats overview+map',
    role: 'office',
    path: `/indicators?year=${YEAR - 1}`,
    content: `${dt('ind-map')}[data-ready="yes"] svg path`,
  },
  {
    name: 'stats pivot',
    role: 'office',
    path: `/indicators/pivot?year=${YEAR - 1}&rows=area&cols=item&group=P`,
    content: '[data-test^="ind-pivot-cell-"]',
  },
  {
    name: 'report grid',
    role: 'unit',
    path: (me) => `/indicators/reports/${YEAR}/${me.reportUnitId}`,
    content: dt('ind-group-F'),
  },
];

interface Sample {
  requests: number;
  transferred: number;
  jsTransferred: number;
  jsDecoded: number;
  jsFiles: number;
  /** The page's scripts gzipped (level 6) from apps/web/dist: comparable whether or not the server compresses. */
  jsGzip: number;
  fcp: number;
  content: number;
  encodings: string[];
}

async function signInAs(browser: Browser, baseUrl: string, role: Exclude<Role, 'visitor'>) {
  const context = await browser.newContext();
  try {
    const res = await context.request.post(`${baseUrl}/api/auth/login`, {
      data: { username: users[role].username, password: users[role].password },
    });
    if (!res.ok()) throw new Error(`sign-in as ${role} failed: ${res.status()} ${await res.text()}`);
    // the report grid opens the first report the user may file (a liaison's own unit)
    const reports = (await (
      await context.request.get(`${baseUrl}/api/indicators/reports/${YEAR}`)
    ).json()) as {
      unit: { id: number };
    }[];
    return { state: await context.storageState(), me: { reportUnitId: reports[0]?.unit.id } };
  } finally {
    await context.close();
  }
}

async function load(
  browser: Browser,
  url: string,
  content: string,
  options: BrowserContextOptions,
): Promise<Sample> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map<string, string>();
    const encodings = new Set<string>();
    let requests = 0;
    let transferred = 0;
    let jsTransferred = 0;
    let jsDecoded = 0;
    let jsFiles = 0;
    const decoded = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.redirectResponse) requests++;
    });
    const scripts: string[] = [];
    cdp.on('Network.responseReceived', (e) => {
      types.set(e.requestId, e.type);
      if (e.type === 'Script') scripts.push(new URL(e.response.url).pathname);
      const enc = Object.entries(e.response.headers).find(
        ([k]) => k.toLowerCase() === 'content-encoding',
      )?.[1];
      encodings.add(`${e.type}:${enc ?? 'identity'}`);
    });
    cdp.on('Network.dataReceived', (e) => {
      decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength);
    });
    cdp.on('Network.loadingFinished', (e) => {
      transferred += e.encodedDataLength;
      if (types.get(e.requestId) === 'Script') {
        jsFiles++;
        jsTransferred += e.encodedDataLength;
        jsDecoded += decoded.get(e.requestId) ?? 0;
      }
    });
    await cdp.send('Network.enable');
    // when the content first shows, by the page's own clock (ms since navigation start); a string, as tsx would wrap
    // a function's inner functions in a helper the page does not have
    await page.addInitScript(`(() => {
      const selector = ${JSON.stringify(content)};
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          window.__contentAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    await page.goto(url);
    await page.waitForSelector(content, { state: 'attached', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      content: (window as unknown as { __contentAt?: number }).__contentAt ?? Number.NaN,
    }));
    return {
      requests,
      transferred,
      jsTransferred,
      jsDecoded,
      jsFiles,
      jsGzip: scripts.reduce((sum, p) => sum + gzipped(p), 0),
      fcp: timing.fcp,
      content: timing.content,
      encodings: [...encodings].sort(),
    };
  } finally {
    await context.close();
  }
}

const gzippedSizes = new Map<string, number>();
/** Gzipped size of a built file by its URL path (0 for a path outside apps/web/dist). */
function gzipped(urlPath: string): number {
  let size = gzippedSizes.get(urlPath);
  if (size === undefined) {
    const file = path.join(webRoot, urlPath);
    size =
      file.startsWith(webRoot) && existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0;
    gzippedSizes.set(urlPath, size);
  }
  return size;
}

/** Every built script, raw and gzipped. */
function builtScripts() {
  const dir = path.join(webRoot, 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    raw += readFileSync(path.join(dir, f)).length;
    gz += gzipped(`/assets/${f}`);
  }
  return { files: files.length, raw, gz };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (n: number) => (n / 1024).toFixed(0);

async function main() {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(
      `no built web app in ${webRoot}: run \`npm run build:web\` first (npm run bench:web does)`,
    );
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kepu-bench-web-'));
  const server = await startServer({ port: 0, dataDir, seedDemo: true, webRoot });
  const baseUrl = server.url.replace('[::1]', 'localhost');
  const browser = await launchBrowser();
  const loadAverage = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  try {
    const sessions = new Map<Role, Awaited<ReturnType<typeof signInAs>>>();
    for (const role of new Set(pages.map((p) => p.role))) {
      if (role !== 'visitor') sessions.set(role, await signInAs(browser, baseUrl, role));
    }
    const plan = pages.map((p) => {
      const session = sessions.get(p.role);
      const pathname = typeof p.path === 'string' ? p.path : p.path(session?.me ?? {});
      const options: BrowserContextOptions = { ...desktop, storageState: session?.state };
      return { ...p, url: `${baseUrl}${pathname}`, options };
    });

    for (const p of plan) await load(browser, p.url, p.content, p.options); // warms the server, not the browser
    const results: { name: string; role: Role; samples: Sample[] }[] = plan.map((p) => ({
      name: p.name,
      role: p.role,
      samples: [],
    }));
    for (let run = 0; run < RUNS; run++) {
      for (const [i, p] of plan.entries())
        results[i].samples.push(await load(browser, p.url, p.content, p.options));
    }

    const lines = [
      `Kepu web, ${new Date().toISOString().slice(0, 10)}, Chromium ${browser.version()}, cold context, median of ${RUNS}, ` +
        `load average at start ${loadAverage}`,
      '',
      '| page | role | requests | transferred KiB | JS transferred KiB | JS gzipped KiB | JS unpacked KiB | JS files | FCP ms | content ms |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const r of results) {
      const m = (f: (s: Sample) => number) => median(r.samples.map(f));
      lines.push(
        `| ${r.name} | ${r.role} | ${m((s) => s.requests)} | ${kib(m((s) => s.transferred))} | ${kib(
          m((s) => s.jsTransferred),
        )} | ${kib(m((s) => s.jsGzip))} | ${kib(m((s) => s.jsDecoded))} | ${m((s) => s.jsFiles)} | ${m((s) => s.fcp).toFixed(0)} | ${m(
          (s) => s.content,
        ).toFixed(0)} |`,
      );
    }
    const encodings = new Set(results.flatMap((r) => r.samples.flatMap((s) => s.encodings)));
    const built = builtScripts();
    lines.push(
      '',
      `all built scripts: ${built.files} files, ${kib(built.raw)} KiB, ${kib(built.gz)} KiB gzipped`,
      `content-encoding by resource type: ${[...encodings].sort().join(', ')}`,
    );
    console.log(lines.join('\n'));
    if (JSON_OUT) await writeFile(JSON_OUT, `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
