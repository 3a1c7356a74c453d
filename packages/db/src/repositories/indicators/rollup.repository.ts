// The indicator rollups' shared SQL (migration 20261206100000-ind-rollup-stages keeps them with triggers) and their
// full recomputation: the migration's backfill, and the way to finish a bulk load done with the triggers disabled.
import { type Kysely, sql } from 'kysely';

/** A report's state as a stage rank: 2 accepted, 1 submitted or approved (in review), 0 anything else. */
export const stageRankSql = (state: string) =>
  `(case ${state} when 'accepted' then 2 when 'approved' then 1 when 'submitted' then 1 else 0 end)`;

/**
 * `rows` yields (sign, year, unit_id, item_code, option_code, value, area_code, dept_type, state), non-null values
 * only, `state` being the figure's report state ('open' without a report). Each figure counts in the stages its
 * state reaches: 'all' (every saved figure), 'submitted' (in review or accepted) and 'accepted'.
 */
export function rollupSql(rows: string): string {
  return `
    with s0 as (${rows}),
    s as (
      select s0.*, g.stage from s0
      join (values ('all', 0), ('submitted', 1), ('accepted', 2)) as g(stage, rank) on g.rank <= ${stageRankSql('s0.state')}
    ),
    d as (
      select stage, 'y' as kind, item_code, option_code, area_code, dept_type, year as from_year, year + 1 as to_year,
        sign * value::numeric as total, sign as n
      from s
      union all
      select stage, 'l', item_code, option_code, area_code, dept_type, year,
        coalesce(lead(year) over (partition by stage, sign, unit_id, item_code, option_code order by year), 9999),
        sign * value::numeric, sign
      from s
    ),
    du as (
      select stage, 'y' as kind, item_code, area_code, dept_type, year as from_year, year + 1 as to_year, sign as n
      from s group by stage, sign, unit_id, item_code, area_code, dept_type, year
      union all
      select stage, 'l', item_code, area_code, dept_type, min(year), 9999, sign
      from s group by stage, sign, unit_id, item_code, area_code, dept_type
    ),
    ins as (
      insert into ind_rollup as r (stage, kind, item_code, option_code, area_code, dept_type, from_year, to_year, total, n)
      select stage, kind, item_code, option_code, area_code, dept_type, from_year, to_year, sum(total), sum(n)
      from d group by stage, kind, item_code, option_code, area_code, dept_type, from_year, to_year
      having sum(n) <> 0 or sum(total) <> 0
      on conflict (stage, kind, item_code, from_year, to_year, option_code, area_code, dept_type)
      do update set total = r.total + excluded.total, n = r.n + excluded.n
      returning 1
    )
    insert into ind_rollup_units as r (stage, kind, item_code, area_code, dept_type, from_year, to_year, n)
    select stage, kind, item_code, area_code, dept_type, from_year, to_year, sum(n)
    from du group by stage, kind, item_code, area_code, dept_type, from_year, to_year
    having sum(n) <> 0
    on conflict (stage, kind, item_code, from_year, to_year, area_code, dept_type)
    do update set n = r.n + excluded.n`;
}

/** Every stored figure with its unit's area and department type and its report's state (the rollups' input). */
export const storedFiguresSql = `
  select 1 as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, u.area_code, u.dept_type,
    coalesce(r.state, 'open') as state
  from ind_values v join ind_units u on u.id = v.unit_id
  left join ind_reports r on r.year = v.year and r.unit_id = v.unit_id
  where v.value is not null`;

/** Recomputes both rollup tables from every stored figure in one statement: the migration's backfill, and the way to
 * finish a bulk load done with the triggers disabled (`alter table ind_values disable trigger user`). */
export async function rebuildRollups<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from ind_rollup`.execute(db);
  await sql`delete from ind_rollup_units`.execute(db);
  await sql.raw(rollupSql(storedFiguresSql)).execute(db);
}
