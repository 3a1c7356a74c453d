// Several jurisdictions in one installation (issue 13): the plan a plan implements (the cascade, kept beside the plan
// version, not in the outline file), demo plans marked as such, the jurisdiction an account is scoped to (it and
// everything below it) and the one a session has chosen.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('implements_plan_id', 'integer', (c) => c.references('plans.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('plans')
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('jurisdiction_code', 'text', (c) => c.check(sql`jurisdiction_code ~ '^[0-9]{6}$'`))
    .execute();
  await db.schema.alterTable('sessions').addColumn('jurisdiction_code', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('jurisdiction_code').execute();
  await db.schema.alterTable('users').dropColumn('jurisdiction_code').execute();
  await db.schema.alterTable('plans').dropColumn('demo').execute();
  await db.schema.alterTable('plans').dropColumn('implements_plan_id').execute();
}
