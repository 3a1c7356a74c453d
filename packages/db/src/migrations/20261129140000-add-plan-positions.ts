// Keeps an outline's own order of sections, tasks and each group's tasks, so export gives back what was imported.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_sections').addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('plan_tasks').addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('plan_tasks').addColumn('group_position', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Plans stored before this were read back in number order; keep that order for them.
  await sql`update plan_sections set position = number`.execute(db);
  await sql`update plan_tasks set position = number, group_position = number`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_tasks').dropColumn('group_position').execute();
  await db.schema.alterTable('plan_tasks').dropColumn('position').execute();
  await db.schema.alterTable('plan_sections').dropColumn('position').execute();
}
