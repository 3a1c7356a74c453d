// Whether an item is a stock (a headcount or a count of venues at year end: never summed over years) or a flow
// (activities held, money spent in the year: summable over years). Existing items: 'latest' items and the
// personnel headcounts (group P, unit 人) are stocks; every other item a flow. The form data can change it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('ind_items')
    .addColumn('measure', 'text', (c) =>
      c.notNull().defaultTo('flow').check(sql`measure in ('flow','stock')`),
    )
    .execute();
  await sql`update ind_items set measure = 'stock'
    where aggregation = 'latest' or (group_code = 'P' and unit = '人')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ind_items').dropColumn('measure').execute();
}
