// Bulk imports keep the rollups once per import (issue 10 point 21): the values trigger of
// 20261206100000-ind-rollup-stages is skipped while the transaction-local setting `kepu.rollup_deferred` is 'on',
// which only importValues (values.repository.ts) sets around its writes, noting the written keys' figures before
// and counting the change once after (rollup.repository.ts noteBulkKeys, countBulkChange). Every other write keeps
// the trigger.
import { type Kysely, sql } from 'kysely';

const refs: Record<string, string> = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
};

async function recreate(db: Kysely<unknown>, when: string) {
  for (const op of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger if exists ind_values_rollup_${op} on ind_values`).execute(db);
    await sql
      .raw(`create trigger ind_values_rollup_${op} after ${op} on ind_values referencing ${refs[op]}
        for each statement ${when} execute function ind_rollup_values()`)
      .execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await recreate(db, `when (current_setting('kepu.rollup_deferred', true) is distinct from 'on')`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await recreate(db, '');
}
