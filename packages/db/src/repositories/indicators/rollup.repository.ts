// The indicator rollups' shared SQL (migration 20261205100000-ind-rollup keeps them with triggers) and their full
// recomputation: the migration's backfill, and the way to finish a bulk load done with the triggers disabled.
import { type Kysely, sql } from 'kysely';

/** `rows` yields (sign, year, unit_id, item_code, option_code, value, area_code, dept_type), non-null values only. */
export function rollupSql(rows: string): string {
  return `
    with s as (${rows}),
    d as (
      select 'y' as kind, item_code, option_code, area_code, dept_type, year as from_year, year + 1 as to_year,
        sign * value::numeric as total, sign as n
      from s
      union all
      select 'l', item_code, option_code, area_code, dept_type, year,
        coalesce(lead(year) over (partition by sign, unit_id, item_code, option_code order by year), 9999),
        sign * value::numeric, sign
      from s
    ),
    du as (
      select 'y' as kind, item_code, area_code, dept_type, year as from_year, year + 1 as to_year, sign as n
      from s group by sign, unit_id, item_code, area_code, dept_type, year
      union all
      select 'l', item_code, area_code, dept_type, min(year), 9999, sign
      from s group by sign, unit_id, item_code, area_code, dept_type
    ),
    ins as (
      insert into ind_rollup as r (kind, item_code, option_code, area_code, dept_type, from_year, to_year, total, n)
      select kind, item_code, option_code, area_code, dept_type, from_year, to_year, sum(total), sum(n)
      from d group by kind, item_code, option_code, area_code, dept_type, from_year, to_year
      having sum(n) <> 0 or sum(total) <> 0
      on conflict (kind, item_code, from_year, to_year, option_code, area_code, dept_type)
      do update set total = r.total + excluded.total, n = r.n + excluded.n
      returning 1
    )
    insert into ind_rollup_units as r (kind, item_code, area_code, dept_type, from_year, to_year, n)
    select kind, item_code, area_code, dept_type, from_year, to_year, sum(n)
    from du group by kind, item_code, area_code, dept_type, from_year, to_year
    having sum(n) <> 0
    on conflict (kind, item_code, from_year, to_year, area_code, dept_type)
    do update set n = r.n + excluded.n`;
}
/** Recomputes both rollup tables from every stored figure in one statement: the migration's backfill, and the way to
 * finish a bulk load done with the triggers disabled (`alter table ind_values disable trigger user`). */
export async function rebuildRollups<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from ind_rollup`.execute(db);
  await sql`delete from ind_rollup_units`.execute(db);
  await sql
    .raw(
      rollupSql(`select 1 as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, u.area_code, u.dept_type
        from ind_values v join ind_units u on u.id = v.unit_id where v.value is not null`),
    )
    .execute(db);
}
