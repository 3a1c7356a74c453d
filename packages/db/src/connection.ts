// Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite (on disk or in memory).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { assertFreeSpace, withFaults } from './database-faults.ts';
import { migrationProvider } from './migrations/index.ts';
import { withParameterLimit } from './parameter-limit.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tar, to start another from (`snapshot`). */
  dump?(): Promise<Blob>;
  /**
   * SQL text a library brings with it (the job queue's): one statement with `values`, a script of several without.
   * On PGlite it waits its turn on the one connection Kysely's statements share, so it never lands inside another's
   * transaction; a script that fails is rolled back rather than leaving that connection in an aborted transaction.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface ConnectOptions {
  /** postgres://… — use PostgreSQL. */
  url?: string;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves in a throw-away schema). */
  schema?: string;
  /** PostgreSQL: a statement running longer is cancelled and fails as system.database_timeout. Absent or 0: no
   *  limit (the CLI's long imports); the server sets one (`kepu serve --statement-timeout`, 15 s by default). */
  statementTimeoutMs?: number;
  /** PostgreSQL: how long a query waits for a connection (every one busy, or the server unreachable) before it
   *  fails as system.database_unavailable; default 10 s. */
  connectTimeoutMs?: number;
  /** PGlite on disk: writes are refused as system.disk_full while the disk has less free space than this (default
   *  64 MiB: a new 16 MiB log segment and the write itself). PGlite never recovers from a log it could not write. */
  minFreeBytes?: number;
  /** PGlite: start a new database from this dump (`dump()`) instead of an empty cluster (tests start from a prepared
   *  database this way). */
  snapshot?: Blob;
}

export const DEFAULT_MIN_FREE_BYTES = 64 * 1024 * 1024;

export async function connect(options: ConnectOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const timeout = options.statementTimeoutMs ?? 0;
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      keepAlive: true,
      ...(timeout > 0 ? { statement_timeout: timeout } : {}),
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // A connection the server ended (a restart, pg_terminate_backend) emits 'error': the pool drops it when idle, and a
    // checked-out one fails its next query (answered 503) and is dropped on release. Without these listeners the event
    // would end the process.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({
      dialect: withFaults(withParameterLimit(new PostgresDialect({ pool }))),
    });
    return {
      db,
      engine: 'postgres',
      close: () => db.destroy(),
      executeSql: async (text, values) => {
        // a script without values runs as one simple query: node-postgres answers one result per statement
        const r = (await pool.query(text, values)) as pg.QueryResult | pg.QueryResult[];
        return { rows: Array.isArray(r) ? r.flatMap((x) => x.rows ?? []) : r.rows };
      },
    };
  }
  let release = () => {};
  const space = options.dataDir
    ? { dir: options.dataDir, minFreeBytes: options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES }
    : undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // PGlite aborts when it cannot write while opening: say why instead
    if (space) assertFreeSpace(space.dir, space.minFreeBytes);
    release = lockDataDir(options.dataDir);
  }
  try {
    const client = new PGlite({ dataDir: options.dataDir, loadDataDir: options.snapshot });
    await client.waitReady;
    const db = new Kysely<Database>({
      dialect: withFaults(withParameterLimit(new PGliteDialect(client)), { embedded: true, space }),
    });
    return {
      db,
      engine: 'pglite',
      dump: async () => client.dumpDataDir('none'),
      executeSql: (text, values) =>
        db.connection().execute(async (conn) => {
          // one statement goes through the driver's fault guard (the free space before a write, a lost engine)
          if (values?.length) return conn.executeQuery(CompiledQuery.raw(text, values));
          if (space) assertFreeSpace(space.dir, space.minFreeBytes);
          try {
            return { rows: (await client.exec(text)).flatMap((r) => r.rows) };
          } catch (e) {
            await client.exec('rollback').catch(() => {});
            throw e;
          }
        }),
      close: async () => {
        try {
          await db.destroy();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

export interface MigrationReport {
  applied: string[];
  pending: string[];
}

/** Brings the schema up to date; throws with the failing migration's name. */
/** `schema`: where the migration bookkeeping tables live (a test's throw-away schema); default: the search path. */
function migrator(db: Kysely<Database>, schema?: string) {
  return new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  // a migration may rewrite a large table: it runs on one connection without the server's statement timeout
  const { error, results } = await db.connection().execute(async (conn) => {
    await sql`set statement_timeout = 0`.execute(conn);
    try {
      return await migrator(conn, schema).migrateToLatest();
    } finally {
      await sql`reset statement_timeout`.execute(conn).catch(() => {});
    }
  });
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrationStatus(db: Kysely<Database>, schema?: string): Promise<MigrationReport> {
  const list = await migrator(db, schema).getMigrations();
  return {
    applied: list.filter((m) => m.executedAt).map((m) => m.name),
    pending: list.filter((m) => !m.executedAt).map((m) => m.name),
  };
}
