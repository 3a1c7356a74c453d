// `kepu db migrate|status`: schema migrations on the configured database.
import type { Command } from 'commander';
import type { DbOptions } from './database.ts';
import { withDataDir } from './options.ts';

/** The database code loads only when a command runs, so `kepu --help` starts fast. */
const load = async () => ({ ...(await import('@kepu/db')), ...(await import('./database.ts')) });

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database schema');
  withDataDir(db.command('migrate'))
    .description('apply pending migrations')
    .action(async (o: DbOptions) => {
      const { migrateToLatest, openDatabase } = await load();
      const h = await openDatabase(o, false);
      const applied = await migrateToLatest(h.db);
      console.log(applied.length ? applied.map((m) => `applied ${m}`).join('\n') : 'already up to date');
      await h.close();
    });
  withDataDir(db.command('status'))
    .description('list applied and pending migrations')
    .action(async (o: DbOptions) => {
      const { migrationStatus, openDatabase } = await load();
      const h = await openDatabase(o, false);
      const s = await migrationStatus(h.db);
      console.log(`database: ${h.engine}`);
      for (const m of s.applied) console.log(`  applied  ${m}`);
      for (const m of s.pending) console.log(`  pending  ${m}`);
      await h.close();
    });
}
