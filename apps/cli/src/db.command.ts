// `kepu db migrate|status`: schema migrations on the configured database.
import { migrateToLatest, migrationStatus } from '@kepu/db';
import type { Command } from 'commander';
import { type DbOptions, openDatabase, withDataDir } from './database.ts';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database schema');
  withDataDir(db.command('migrate'))
    .description('apply pending migrations')
    .action(async (o: DbOptions) => {
      const h = await openDatabase(o, false);
      const applied = await migrateToLatest(h.db);
      console.log(applied.length ? applied.map((m) => `applied ${m}`).join('\n') : 'already up to date');
      await h.close();
    });
  withDataDir(db.command('status'))
    .description('list applied and pending migrations')
    .action(async (o: DbOptions) => {
      const h = await openDatabase(o, false);
      const s = await migrationStatus(h.db);
      console.log(`database: ${h.engine}`);
      for (const m of s.applied) console.log(`  applied  ${m}`);
      for (const m of s.pending) console.log(`  pending  ${m}`);
      await h.close();
    });
}
