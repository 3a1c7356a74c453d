// Test harness: the real app on a real, seeded database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set).
import { type DatabaseHandle, openTestDatabases, type TestStart } from '@kepu/db';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppOptions, buildApp } from '../src/app.ts';
import { everyDemoAccount, seedDemo } from '../src/seed.ts';

export const engines = openTestDatabases();

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** Session cookie of a demo account, by username. */
  login(username: string): Promise<string>;
  as(username: string | null, o: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** `options` go to buildApp (e.g. `onRoute` to list the routes). */
export async function startTestApp(
  open: (start: TestStart) => Promise<DatabaseHandle>,
  options: Pick<AppOptions, 'onRoute' | 'webRoot' | 'demoData' | 'redis' | 'clock'> = {},
): Promise<TestApp> {
  const handle = await open('demo');
  await seedDemo(handle.db);
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    jurisdiction: '211100',
    version: 'test',
    // the demo data is seeded: its published passwords may be set again, as on `kepu serve` with demo data
    demoData: true,
    ...options,
  });
  const cookies = new Map<string, string>();
  const login = async (username: string) => {
    const cached = cookies.get(username);
    if (cached) return cached;
    const password = everyDemoAccount.find((a) => a.username === username)?.password ?? '';
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    const c = res.cookies.find((x) => x.name === 'kepu_session');
    const cookie = `kepu_session=${c?.value}`;
    cookies.set(username, cookie);
    return cookie;
  };
  return {
    app,
    handle,
    login,
    as: async (username, o) =>
      app.inject({ ...o, headers: { ...o.headers, ...(username ? { cookie: await login(username) } : {}) } }),
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** A multipart upload body of one file, as a browser sends it. */
export function multipart(name: string, data: Buffer, field = 'file') {
  const boundary = '----kepu-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
/** The smallest file the evidence checks take for a PDF. */
export const PDF = Buffer.from('%PDF-1.4\n% test evidence\n');

/** The open round (else the first) and a task the liaison `who` still owes a report on in it. */
export async function owedTask(t: TestApp, who: string) {
  const rounds = (await t.as('office', { method: 'GET', url: '/api/acc/rounds' })).json();
  const round: { id: number; year: number } =
    rounds.find((r: { phase: string }) => r.phase === 'open') ?? rounds[0];
  const my = (await t.as(who, { method: 'GET', url: '/api/acc/my' })).json();
  const owed = my.reports.find(
    (r: { roundId: number; state: string }) =>
      r.roundId === round.id && r.state !== 'submitted' && r.state !== 'accepted',
  );
  return { round, taskNumber: owed.taskNumber as number };
}

/** A board cell as the tests read it (GET /api/acc/board). */
export interface BoardCell {
  unitId: number;
  taskNumber: number;
  reportId: number | null;
  state: string;
  progress: number | null;
}
