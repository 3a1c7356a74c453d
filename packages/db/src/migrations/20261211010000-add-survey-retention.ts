// Retention of survey answers (issue 11, data protection): each survey says how many months after fieldwork closed its
// respondent-level answers are kept; the purge job deletes them then and notes when. Surveys already closed count from
// the time their stage last changed.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('surveys')
    .addColumn('retention_months', 'integer', (c) =>
      c.notNull().defaultTo(24).check(sql`retention_months between 1 and 120`),
    )
    .execute();
  await db.schema.alterTable('surveys').addColumn('closed_at', 'timestamptz').execute();
  await db.schema.alterTable('surveys').addColumn('purged_at', 'timestamptz').execute();
  await sql`update surveys set closed_at = status_at where status in ('closed','published')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('surveys').dropColumn('purged_at').execute();
  await db.schema.alterTable('surveys').dropColumn('closed_at').execute();
  await db.schema.alterTable('surveys').dropColumn('retention_months').execute();
}
