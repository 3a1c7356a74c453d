// The indicator rollups' shared SQL (migration 20261206100000-ind-rollup-stages keeps them with triggers), their
// set-based upkeep around a bulk write (an import: the values trigger deferred, the touched pairs uncounted before
// and counted after) and their full recomputation: the migration's backfill, and the way to finish a bulk load done
// with the triggers disabled.
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

/** Figures of `values` (ind_values or a subset of its rows) counted with `sign`, with their unit's area and
 * department type and their report's state: the rollups' input. */
const figuresSql = (sign: number, values: string) => `
  select ${sign} as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, u.area_code, u.dept_type,
    coalesce(r.state, 'open') as state
  from ${values} v join ind_units u on u.id = v.unit_id
  left join ind_reports r on r.year = v.year and r.unit_id = v.unit_id
  where v.value is not null`;

/** Every stored figure (the rollups' input). */
export const storedFiguresSql = figuresSql(1, 'ind_values');

/** The lock every rollup change takes for its transaction (the triggers' too), so concurrent changes apply in turn. */
export const lockRollups = <DB>(db: Kysely<DB>) => sql`select pg_advisory_xact_lock(5209114)`.execute(db);

/**
 * Counts (sign 1) or uncounts (-1) every stored figure of the given (unit, item) pairs, all years, in the rollups,
 * as they stand now: around a write made with the values trigger deferred (`deferValuesRollup`), uncounting the
 * pairs before and counting them after keeps the rollups exact, as the trigger would, in two statements.
 */
export async function countPairs<DB>(db: Kysely<DB>, sign: 1 | -1, units: number[], items: string[]) {
  const marker = '/*pairs*/';
  const [head, tail] = rollupSql(figuresSql(sign, marker)).split(marker);
  await sql`${sql.raw(head)}(select v.* from ind_values v
    join unnest(${units}::int[], ${items}::text[]) as p(unit_id, item_code)
      on v.unit_id = p.unit_id and v.item_code = p.item_code)${sql.raw(tail)}`.execute(db);
}

/** Drops the rollup cells that no figure counts in any more. */
export async function dropEmptyRollups<DB>(db: Kysely<DB>) {
  await sql`delete from ind_rollup where n = 0`.execute(db);
  await sql`delete from ind_rollup_units where n = 0`.execute(db);
}

/** While on (for the rest of the transaction, or until switched off), writes to ind_values skip the rollup trigger
 * (migration 20261207050000-ind-rollup-bulk); the caller keeps the rollups exact with `countPairs`. */
export const deferValuesRollup = <DB>(db: Kysely<DB>, on: boolean) =>
  sql`select set_config('kepu.rollup_deferred', ${on ? 'on' : 'off'}, true)`.execute(db);

/** Recomputes both rollup tables from every stored figure in one statement: the migration's backfill, and the way to
 * finish a bulk load done with the triggers disabled (`alter table ind_values disable trigger user`). */
export async function rebuildRollups<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from ind_rollup`.execute(db);
  await sql`delete from ind_rollup_units`.execute(db);
  await sql.raw(rollupSql(storedFiguresSql)).execute(db);
}
