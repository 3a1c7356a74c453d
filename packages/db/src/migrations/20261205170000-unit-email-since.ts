// A unit's reminder addresses remember when they were first set, so mail covers notifications from then on: setting an
// address for the first time must not mail a unit every notification it ever had. Existing rows count from now.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('acc_unit_emails')
    .addColumn('since', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('acc_unit_emails').dropColumn('since').execute();
}
