// Starts the platform: opens the database, migrates, seeds demo data if empty, listens.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { connect, migrateToLatest, purgeExpiredSessions } from '@kepu/db';
import { buildApp } from './app.ts';
import { seedDemo } from './seed.ts';

/** The built web app, found through the @kepu/web package (this file may run from the CLI's bundle). */
export const defaultWebRoot = join(
  dirname(createRequire(import.meta.url).resolve('@kepu/web/package.json')),
  'dist',
);
export const version = '0.1.0';

export interface StartOptions {
  port?: number;
  host?: string;
  /** PostgreSQL URL; when absent, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  seedDemo?: boolean;
  webRoot?: string;
  jurisdiction?: string;
  /** The jurisdiction's IANA time zone (default Asia/Shanghai). */
  timeZone?: string;
  logger?: boolean | 'error';
  /** Set only behind a reverse proxy: see AppOptions.trustProxy. */
  trustProxy?: boolean | number | string;
  /** PostgreSQL: a statement running longer is cancelled and answered 503 system.database_timeout (default 15 s;
   *  0: no limit), so a slow or locked database is not waited on for ever. */
  statementTimeoutMs?: number;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

export async function startServer(o: StartOptions = {}) {
  const handle = await connect(
    o.databaseUrl
      ? { url: o.databaseUrl, statementTimeoutMs: o.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS }
      : { dataDir: o.dataDir ?? './data/pglite' },
  );
  await migrateToLatest(handle.db);
  await purgeExpiredSessions(handle.db);
  const seeded = o.seedDemo ? await seedDemo(handle.db) : false;
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    jurisdiction: o.jurisdiction ?? process.env.KEPU_JURISDICTION ?? '211100',
    timeZone: o.timeZone,
    version,
    webRoot: o.webRoot ?? defaultWebRoot,
    logger: o.logger ?? 'error',
    trustProxy: o.trustProxy ?? false,
    // a database started with the demo data: its published passwords are not refused as new passwords
    demoData: o.seedDemo ?? false,
    // the scheduled jobs' queue lives in the same database
    jobs: { database: handle },
  });
  const address = await app.listen({ port: o.port ?? 3000, host: o.host ?? '127.0.0.1' });
  return {
    url: address,
    engine: handle.engine,
    seeded,
    app,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
