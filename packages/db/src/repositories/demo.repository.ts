// The demo seed's records say so: after seeding an empty database, everything it wrote in the tables the web app
// tags 演示 is marked, except the published literacy figure (a real one, from the plan).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export async function markDemoRecords(db: Kysely<Database>): Promise<void> {
  await db.updateTable('acc_reports').set({ demo: true }).execute();
  await db.updateTable('acc_inspections').set({ demo: true }).execute();
  await db.updateTable('ind_schools').set({ demo: true }).execute();
  // public services (issue 15): the demo campaign, activity and venue
  for (const t of [
    'svc_campaigns',
    'svc_activities',
    'svc_venues',
    'svc_mobile_units',
    'vol_teams',
    'vol_volunteers',
    'vol_opportunities',
    'exp_experts',
  ])
    await sql`update ${sql.table(t)} set demo = true`.execute(db);
  // contests and content (issue 17): the demo item bank, contest and papers, the papers' ledger entries, the works
  for (const t of ['contest_items', 'contests', 'contest_attempts', 'cnt_works'])
    await sql`update ${sql.table(t)} set demo = true`.execute(db);
  await sql`update svc_ledger set demo = true where kind = 'quiz' or evidence like 'tour_stop:%'
    or evidence like 'exp_service:%'`.execute(db);
  // training records (issue 16): the demo courses and their sessions' ledger entries
  await sql`update trn_courses set demo = true`.execute(db);
  await sql`update svc_ledger set demo = true where kind = 'training'`.execute(db);
  await db.updateTable('ind_kpi_values').set({ demo: true }).where('source_kind', '=', 'survey').execute();
}
