// A venue's opening hours as data (issue 15's "open now" filter): weekly periods, each a set of weekdays (1 Monday …
// 7 Sunday) and a time span in the jurisdiction's time; the free text stays for what periods cannot say (holidays).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table svc_venues add column weekly_hours jsonb not null default '[]'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table svc_venues drop column weekly_hours`.execute(db);
}
