// Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite (on disk or in memory).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { migrationProvider } from './migrations/index.ts';
import { withParameterLimit } from './parameter-limit.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… — use PostgreSQL. */
  url?: string;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves in a throw-away schema). */
  schema?: string;
}

export async function connect(options: ConnectOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: withParameterLimit(new PostgresDialect({ pool })) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  let release = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = lockDataDir(options.dataDir);
  }
  try {
    const client = new PGlite(options.dataDir);
    await client.waitReady;
    const db = new Kysely<Database>({ dialect: withParameterLimit(new PGliteDialect(client)) });
    return {
      db,
      engine: 'pglite',
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
  const { error, results } = await migrator(db, schema).migrateToLatest();
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
