// The fault suite's harness: the real `kepu serve` as a child process (killed with SIGKILL, restarted on the same
// data), an HTTP client that never waits past its own timeout, throw-away PostgreSQL databases and clusters, a tmpfs.
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const began = Date.now();
/** Logs how far into its file the suite is, so a slow run shows where the time went. */
export const lap = (what: string) =>
  console.log(`[faults ${((Date.now() - began) / 1000).toFixed(1)} s] ${what}`);

/** `kepu serve` as a child process: its own node process, so SIGKILL stops it as it would stop a deployment. */
export interface ServerOptions {
  /** PGlite directory (when no databaseUrl). */
  dataDir?: string;
  databaseUrl?: string;
  /** More environment (KEPU_STATEMENT_TIMEOUT, …). */
  env?: Record<string, string>;
  /** Run as PID 1 of a new PID namespace, as in a container: a restart then has the killed server's pid. */
  container?: boolean;
}

export interface RunningServer {
  url: string;
  /** The server's node process (inside its namespace when `container`), as seen from here. */
  pid: number;
  output(): string;
  alive(): boolean;
  /** SIGKILL the server process (no handler runs, nothing is flushed) and wait until it is gone. */
  kill9(): Promise<void>;
}

export async function startKepu(o: ServerOptions, timeoutMs = 300_000): Promise<RunningServer> {
  const serve = [
    '--import',
    'tsx',
    join(root, 'apps/cli/src/main.ts'),
    'serve',
    '--port',
    '0',
    ...(o.dataDir ? ['--data-dir', o.dataDir] : []),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, ...o.env };
  delete env.DATABASE_URL;
  delete env.KEPU_LOG;
  delete env.PORT;
  if (o.databaseUrl) env.DATABASE_URL = o.databaseUrl;
  const [cmd, args] = o.container
    ? ['unshare', ['--pid', '--fork', '--kill-child', '--mount-proc', process.execPath, ...serve]]
    : [process.execPath, serve];
  const child: ChildProcess = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (b) => {
    out += b;
  });
  child.stderr?.on('data', (b) => {
    out += b;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const started = Date.now();
  let port = 0;
  while (!port) {
    const m = /is running at http:\/\/localhost:(\d+)/.exec(out);
    if (m) port = Number(m[1]);
    else if (gone) throw new Error(`kepu serve exited before listening:\n${out}`);
    else if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`kepu serve did not listen within ${timeoutMs} ms:\n${out}`);
    } else await sleep(50);
  }
  const pid = o.container ? innerPid(child.pid ?? 0) : (child.pid ?? 0);
  lap(
    `kepu serve listening after ${((Date.now() - started) / 1000).toFixed(1)} s (${o.databaseUrl ? 'postgres' : 'pglite'})`,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    pid,
    output: () => out,
    alive: () => !gone,
    kill9: async () => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
      await exited; // unshare waits for its child, so its exit means the server is gone
    },
  };
}

/** The node process unshare forked (PID 1 inside the namespace). */
function innerPid(unsharePid: number): number {
  const children = readFileSync(`/proc/${unsharePid}/task/${unsharePid}/children`, 'utf8')
    .trim()
    .split(/\s+/);
  if (!children[0]) throw new Error('unshare has no child');
  return Number(children[0]);
}

export interface Reply {
  /** 0 when no answer came (connection refused or reset, or our timeout). */
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON body the tests read field by field
  body: any;
  ms: number;
  error?: string;
}

/** Signs demo accounts in and calls the API; every call gives up after its timeout instead of waiting. */
export class Api {
  readonly cookies = new Map<string, string>();
  constructor(public base: string) {}

  async login(username: string, password: string): Promise<Reply> {
    const r = await this.call(null, 'POST', '/api/auth/login', { username, password });
    if (r.status === 200) this.cookies.set(username, r.body.__cookie);
    return r;
  }

  async call(
    user: string | null,
    method: string,
    path: string,
    body?: unknown,
    o: { timeoutMs?: number; contentType?: string } = {},
  ): Promise<Reply> {
    const t0 = performance.now();
    const headers: Record<string, string> = {};
    if (user) headers.cookie = this.cookies.get(user) ?? '';
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] = o.contentType ?? 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    try {
      const res = await fetch(this.base + path, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(o.timeoutMs ?? 20_000),
      });
      const text = await res.text();
      // biome-ignore lint/suspicious/noExplicitAny: as above
      let json: any = text;
      try {
        json = JSON.parse(text);
      } catch {}
      const cookie = /kepu_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
      if (cookie && json && typeof json === 'object') json.__cookie = cookie;
      return { status: res.status, body: json, ms: performance.now() - t0 };
    } catch (e) {
      const err = e as Error & { cause?: Error };
      return {
        status: 0,
        body: null,
        ms: performance.now() - t0,
        error: `${err.name}: ${err.cause?.message ?? err.message}`,
      };
    }
  }
}

export const demo = {
  office: ['office', 'kepu-office-2025'],
  edu: ['edu', 'kepu-liaison-2025'],
} as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** A database of its own on the local PostgreSQL (TEST_DATABASE_URL), dropped by `drop()`. */
export async function throwAwayDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kepu_fault_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** PostgreSQL's programs: PG_BIN, or the newest /usr/lib/postgresql/<v>/bin. */
export function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => join(base, v, 'bin')).find((d) => existsSync(join(d, 'pg_ctl')));
  if (!bin) throw new Error('no PostgreSQL binaries (set PG_BIN to the directory of initdb and pg_ctl)');
  return bin;
}

export interface Cluster {
  url: string;
  /** pg_ctl stop: `fast` ends every session with 57P01, `immediate` drops them like a crash (recovery on start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  destroy(): void;
}

/** A PostgreSQL cluster of our own (initdb in a temp dir, another port), so it can be restarted without touching the
 *  machine's server other people's tests use. Run as the postgres user when we are root (initdb refuses root). */
export async function throwAwayCluster(): Promise<Cluster> {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'kepu-faults-pg-'));
  const data = join(dir, 'data');
  const root_ = process.getuid?.() === 0;
  if (root_) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const [cmd, pre] = root_ ? ['runuser', ['-u', 'postgres', '--']] : ['', []];
  const argv = (prog: string, args: string[]): [string, string[]] =>
    cmd ? [cmd, [...pre, join(bin, prog), ...args]] : [join(bin, prog), args];
  const run = (prog: string, args: string[]) => execFileSync(...argv(prog, args), { stdio: 'pipe' });
  // asynchronous, so that the requests under test keep going while pg_ctl waits
  const runAsync = async (prog: string, args: string[]) => {
    await promisify(execFile)(...argv(prog, args));
  };
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
  const startArgs = ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start'];
  run('pg_ctl', startArgs);
  const c = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await c.connect();
  await c.query('create database kepu');
  await c.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/kepu`,
    stop: (mode) => runAsync('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']),
    start: () => runAsync('pg_ctl', startArgs),
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tmpfs of `sizeMb` at a new temp dir (needs root); `release()` unmounts and removes it. */
export function tmpfs(sizeMb: number): { dir: string; release(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-faults-fs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the disk-full case mounts a tmpfs and needs root: ${(e as Error).message}`);
  }
  return {
    dir,
    release: () => {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
