// Notifications of rectification items linked to /acc/rectifications, a page the web app never had: the items are on
// the inspections page (/acc/inspections#rect-<id>), where new notifications now link.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update acc_notifications set link = replace(link, '/acc/rectifications#', '/acc/inspections#')
    where link like '/acc/rectifications#%'`.execute(db);
}

export async function down(): Promise<void> {}
