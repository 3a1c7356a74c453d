// One source for area populations: the yearly ind_populations. A figure kept on `areas` (entered on the old areas
// page with its year and source) moves there when that area has no row for that year, and the columns go. down()
// puts the columns back, filled with each area's latest yearly figure (what the areas page shows).
import { type Kysely, sql } from 'kysely';

const NO_SOURCE = '来源未填写,迁移自原地区表 / no source given; moved from the former areas table';

export async function up(db: Kysely<unknown>): Promise<void> {
  // the old form required all three fields; a year left empty (only by hand in SQL) cannot be placed and stays out
  await sql`
    insert into ind_populations (area_code, year, population, source)
    select a.code, a.population_year, a.population, coalesce(nullif(trim(a.population_source), ''), ${NO_SOURCE})
    from areas a
    where a.population is not null and a.population >= 0 and a.population_year is not null
      and not exists (select 1 from ind_populations p where p.area_code = a.code and p.year = a.population_year)
  `.execute(db);
  await db.schema.alterTable('areas').dropColumn('population').execute();
  await db.schema.alterTable('areas').dropColumn('population_year').execute();
  await db.schema.alterTable('areas').dropColumn('population_source').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('areas').addColumn('population', 'integer').execute();
  await db.schema.alterTable('areas').addColumn('population_year', 'integer').execute();
  await db.schema.alterTable('areas').addColumn('population_source', 'text').execute();
  await sql`
    update areas a set population = p.population, population_year = p.year, population_source = p.source
    from (select distinct on (area_code) area_code, year, population, source
          from ind_populations order by area_code, year desc) p
    where p.area_code = a.code
  `.execute(db);
}
