// Opens the database the CLI works on (loaded only when a command runs): DATABASE_URL (PostgreSQL) or PGlite under --data-dir (./data/pglite).

import { connect, type DatabaseHandle, migrateToLatest } from '@kepu/db';
import type { Actor } from '@kepu/domain';

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
