// Fieldwork quotas (issue 11): the office's target number of completes per district and per target group, set in
// draft or during fieldwork; the monitoring shows completes against them. JSON as the domain writes it; null = none.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('surveys').addColumn('quotas', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('surveys').dropColumn('quotas').execute();
}
