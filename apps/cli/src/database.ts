// Opens the database the CLI works on (loaded only when a command runs): DATABASE_URL (PostgreSQL) or PGlite under --data-dir (./data/pglite).

import { connect, type DatabaseHandle, DataDirInUseError, migrateToLatest } from '@kepu/db';
import { type Actor, type Clock, zonedClock } from '@kepu/domain';
import { fail } from './options.ts';

/** Who the audit log names for changes made from the command line. */
export const cliActor: Actor = { userId: 0, username: 'cli', role: 'office', unitId: null, areaCode: null };

/** The jurisdiction's clock for command-line changes (KEPU_TIME_ZONE, Asia/Shanghai by default). */
export const cliClock = (): Clock => zonedClock(process.env.KEPU_TIME_ZONE || undefined);

export interface DbOptions {
  dataDir?: string;
}

export async function openDatabase(o: DbOptions, migrate = true): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  const handle = await connect(url ? { url } : { dataDir: o.dataDir ?? './data/pglite' }).catch((e) =>
    e instanceof DataDirInUseError ? fail(e.message) : Promise.reject(e),
  );
  if (migrate) await migrateToLatest(handle.db);
  return handle;
}
