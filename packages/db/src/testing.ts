// Test databases: PGlite in memory always, and PostgreSQL when TEST_DATABASE_URL is set. Each `open()` gives a fresh
// database of its own. Starting PGlite (its initdb) and seeding cost seconds per database, so the test run's global
// setup (test-support/global-setup.ts) prepares each starting point once and names it in KEPU_TEST_SNAPSHOTS: a PGlite
// dump to load and a PostgreSQL template database to copy. Without it (a file run on its own by other means) every
// database is built from nothing, with the same result.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type DatabaseHandle, migrateToLatest } from './connection.ts';

/** Where a test database starts: migrated and empty, or migrated with the demo data (seedDemo) already in it. */
export type TestStart = 'empty' | 'demo';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh database. With 'demo', it may already hold the demo data: seed it as usual (seeding is a no-op then). */
  open(start?: TestStart): Promise<DatabaseHandle>;
}

/** What the global setup prepared: PGlite dumps by start, a PGlite data directory with the demo data (to copy for a
 *  server on disk), PostgreSQL template databases by start. */
export interface TestSnapshots {
  pglite: Partial<Record<TestStart, string>>;
  pgliteDemoDir?: string;
  postgres: Partial<Record<TestStart, string>>;
}

export const SNAPSHOTS_ENV = 'KEPU_TEST_SNAPSHOTS';

export function snapshots(): TestSnapshots | null {
  const file = process.env[SNAPSHOTS_ENV];
  if (!file || !existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as TestSnapshots;
}

/** The same server, another database in the URL. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

async function openPglite(start: TestStart): Promise<DatabaseHandle> {
  const dump = snapshots()?.pglite[start];
  if (dump && existsSync(dump)) return connect({ snapshot: new Blob([readFileSync(dump)]) });
  const h = await connect();
  await migrateToLatest(h.db);
  return h;
}

async function openPostgres(url: string, start: TestStart): Promise<DatabaseHandle> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const template = snapshots()?.postgres[start];
  if (template) {
    // a copy of the prepared database: a few hundred milliseconds instead of migrating and seeding
    await admin(url, (c) => c.query(`create database ${name} template ${template}`));
    const h = await connect({ url: databaseUrl(url, name) });
    return {
      ...h,
      close: async () => {
        await h.close();
        await admin(url, (c) => c.query(`drop database if exists ${name} with (force)`));
      },
    };
  }
  // no template: a throw-away schema in the given database
  await admin(url, (c) => c.query(`create schema ${name}`));
  const h = await connect({ url, schema: name });
  await migrateToLatest(h.db, name);
  return {
    ...h,
    close: async () => {
      await h.close();
      await admin(url, (c) => c.query(`drop schema ${name} cascade`));
    },
  };
}

/** The engines to run a suite on. */
export function openTestDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'pglite', open: (start = 'empty') => openPglite(start) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'postgres', open: (start = 'empty') => openPostgres(url, start) });
  return list;
}
