// The indicator rollups' shared SQL (migration 20261206100000-ind-rollup-stages keeps them with triggers), their
// upkeep once per bulk write (an import: the values trigger deferred, the written keys noted before and the change
// counted after in one statement) and their full recomputation: the migration's backfill, and the way to finish a bulk load done
// with the triggers disabled.
import { type Kysely, sql } from 'kysely';

/** A report's state as a stage rank: 2 accepted, 1 submitted or approved (in review), 0 anything else. */
export const stageRankSql = (state: string) =>
  `(case ${state} when 'accepted' then 2 when 'approved' then 1 when 'submitted' then 1 else 0 end)`;

/**
 * `rows` yields (sign, year, unit_id, item_code, option_code, value, area_code, dept_type, state), non-null values
 * only, `state` being the figure's report state ('open' without a report). Each figure counts in the stages its
 * state reaches: 'all' (every saved figure), 'submitted' (in review or accepted) and 'accepted'. Rows are written in
 * key order, so that two transactions sharing rollup rows (units of one area and department type) lock them in one order.
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
      order by stage, kind, item_code, from_year, to_year, option_code, area_code, dept_type
      on conflict (stage, kind, item_code, from_year, to_year, option_code, area_code, dept_type)
      do update set total = r.total + excluded.total, n = r.n + excluded.n
      returning 1
    )
    insert into ind_rollup_units as r (stage, kind, item_code, area_code, dept_type, from_year, to_year, n)
    select stage, kind, item_code, area_code, dept_type, from_year, to_year, sum(n)
    from du group by stage, kind, item_code, area_code, dept_type, from_year, to_year
    having sum(n) <> 0
    order by stage, kind, item_code, from_year, to_year, area_code, dept_type
    on conflict (stage, kind, item_code, from_year, to_year, area_code, dept_type)
    do update set n = r.n + excluded.n`;
}

/** Figures of `values` (ind_values or a set of its rows) counted with `sign` (a number or a column of `values`),
 * with their unit's area and department type and their report's state: the rollups' input. */
const figuresSql = (values: string, sign = '1') => `
  select ${sign} as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, u.area_code, u.dept_type,
    coalesce(r.state, 'open') as state
  from ${values} v join ind_units u on u.id = v.unit_id
  left join ind_reports r on r.year = v.year and r.unit_id = v.unit_id
  where v.value is not null`;

/** Every stored figure (the rollups' input). */
export const storedFiguresSql = figuresSql('ind_values');

/** The rollups for this transaction alone (a bulk import): the lock the triggers share, taken exclusively, and the
 * setting that spares the transaction's own triggers their lock per unit (20261210010000-ind-rollup-group-locks). */
export const lockRollups = <DB>(db: Kysely<DB>) =>
  sql`select pg_advisory_xact_lock(5209114), set_config('kepu.rollup_exclusive', 'on', true)`.execute(db);

/**
 * Before a bulk write of a year's figures with the values trigger deferred (`deferValuesRollup`): notes the keys
 * to be written (unit, item, option) with their stored figures, for `countBulkChange` (a temporary table of the
 * transaction).
 */
export async function noteBulkKeys<DB>(
  db: Kysely<DB>,
  year: number,
  keys: { units: number[]; items: string[]; options: string[] },
) {
  await sql`drop table if exists pg_temp.ind_bulk_keys`.execute(db);
  await sql`create temporary table ind_bulk_keys on commit drop as
    select d.unit_id, d.item_code, d.option_code, v.value as old_value
    from unnest(${keys.units}::int[], ${keys.items}::text[], ${keys.options}::text[])
      as d(unit_id, item_code, option_code)
    left join ind_values v on v.year = ${year} and v.unit_id = d.unit_id and v.item_code = d.item_code
      and v.option_code = d.option_code`.execute(db);
  await sql`analyze ind_bulk_keys`.execute(db);
}

/**
 * After that write: the values trigger's change in one statement, every figure of the touched (unit, item) pairs
 * (all years) counted as it is now, minus as it was (the noted figures in place of the written ones); only cells
 * whose totals change are written. A plain NOT EXISTS (no OR around it) so that it plans as a hash anti-join: with
 * an OR it was a subplan, scanned per row once the keys outgrew work_mem (420,000 keys ran for over 10 minutes).
 */
export async function countBulkChange<DB>(db: Kysely<DB>, year: number) {
  await sql.raw(bulkChangeSql(year)).execute(db);
  await sql`drop table ind_bulk_keys`.execute(db);
}

export function bulkChangeSql(year: number) {
  const y = Math.trunc(year);
  return rollupSql(`
    with p as (select distinct unit_id, item_code from ind_bulk_keys),
    after_v as (
      select v.year, v.unit_id, v.item_code, v.option_code, v.value
      from p join ind_values v on v.unit_id = p.unit_id and v.item_code = p.item_code
      where v.value is not null
    ),
    before_v as (
      select * from after_v a where not exists (
        select 1 from ind_bulk_keys k
        where a.year = ${y} and k.unit_id = a.unit_id and k.item_code = a.item_code and k.option_code = a.option_code
      )
      union all
      select ${y}, unit_id, item_code, option_code, old_value from ind_bulk_keys where old_value is not null
    )
    ${figuresSql('(select 1 as sign, * from after_v union all select -1, * from before_v)', 'v.sign')}`);
}

/** Drops the rollup cells that no figure counts in any more. */
export async function dropEmptyRollups<DB>(db: Kysely<DB>) {
  await sql`delete from ind_rollup where n = 0`.execute(db);
  await sql`delete from ind_rollup_units where n = 0`.execute(db);
}

/** While on (for the rest of the transaction, or until switched off), writes to ind_values skip the rollup trigger
 * (migration 20261207050000-ind-rollup-bulk); the caller keeps the rollups exact with `noteBulkKeys` and `countBulkChange`. */
export const deferValuesRollup = <DB>(db: Kysely<DB>, on: boolean) =>
  sql`select set_config('kepu.rollup_deferred', ${on ? 'on' : 'off'}, true)`.execute(db);

/** Recomputes both rollup tables from every stored figure in one statement: the migration's backfill, and the way to
 * finish a bulk load done with the triggers disabled (`alter table ind_values disable trigger user`). */
export async function rebuildRollups<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from ind_rollup`.execute(db);
  await sql`delete from ind_rollup_units`.execute(db);
  await sql.raw(rollupSql(storedFiguresSql)).execute(db);
}
