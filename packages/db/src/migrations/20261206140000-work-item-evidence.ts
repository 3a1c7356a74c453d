// A work item may ask for evidence (a document, photos, a list of participants): a report on its task is then submitted
// only with a file attached. Existing work items ask for none.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('acc_work_items')
    .addColumn('evidence_required', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('acc_work_items').dropColumn('evidence_required').execute();
}
