// Opens the database the CLI works on: DATABASE_URL (PostgreSQL) or PGlite under --data-dir (./data/pglite).
import type { Actor } from '@kepu/domain';
import { connect, type DatabaseHandle, migrateToLatest } from '@kepu/db';
import type { Command } from 'commander';

/** Who the audit log names for changes made from the command line. */
export const cliActor: Actor = { userId: 0, username: 'cli', role: 'office', unitId: null, areaCode: null };

export interface DbOptions {
  dataDir?: string;
}

export async function openDatabase(o: DbOptions, migrate = true): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  const handle = await connect(url ? { url } : { dataDir: o.dataDir ?? './data/pglite' });
  if (migrate) await migrateToLatest(handle.db);
  return handle;
}

/** Prints a one-line error (never a stack trace) and sets the exit code. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`kepu: ${message}\n`);
  process.exit(code);
}

/** Adds --data-dir to a command that opens the database. */
export const withDataDir = (cmd: Command) => cmd.option('--data-dir <dir>', 'PGlite data directory (when DATABASE_URL is not set)', './data/pglite');
