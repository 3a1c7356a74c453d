// kepu-outline/2 (issue 13): a plan keeps the format version it was imported in and its preamble; sections a free kind;
// groups the section they are written in and an optional number; tasks the number as written (none for a "——" item;
// `number` stays the plan-wide key other tables refer to); targets every comparator, a qualitative goal's words and the
// sentence a value was read from.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('format', 'integer', (c) => c.notNull().defaultTo(1).check(sql`format in (1, 2)`))
    .execute();
  await db.schema
    .alterTable('plans')
    .addColumn('preamble', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('plan_sections').addColumn('kind', 'text').execute();
  await db.schema.alterTable('plan_groups').addColumn('section_number', 'integer').execute();
  await db.schema
    .alterTable('plan_groups')
    .addColumn('numbered', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await db.schema.alterTable('plan_tasks').addColumn('written_number', 'integer').execute();
  await sql`update plan_tasks set written_number = number`.execute(db);
  await db.schema
    .alterTable('plan_targets')
    .alterColumn('value', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('plan_targets')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('plan_targets')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_targets').dropColumn('source').execute();
  await db.schema.alterTable('plan_targets').dropColumn('text').execute();
  await sql`delete from plan_targets where value is null`.execute(db);
  await db.schema
    .alterTable('plan_targets')
    .alterColumn('value', (c) => c.setNotNull())
    .execute();
  await db.schema.alterTable('plan_tasks').dropColumn('written_number').execute();
  await db.schema.alterTable('plan_groups').dropColumn('numbered').execute();
  await db.schema.alterTable('plan_groups').dropColumn('section_number').execute();
  await db.schema.alterTable('plan_sections').dropColumn('kind').execute();
  await db.schema.alterTable('plans').dropColumn('preamble').execute();
  await db.schema.alterTable('plans').dropColumn('format').execute();
}
