// Statistics set-up: a reporting unit can be deactivated (never deleted once it has data), a computed indicator retired.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('ind_units')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await db.schema
    .alterTable('ind_computed')
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ind_computed').dropColumn('retired').execute();
  await db.schema.alterTable('ind_units').dropColumn('active').execute();
}
