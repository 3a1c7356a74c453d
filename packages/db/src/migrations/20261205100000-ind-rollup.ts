// Indicator rollups (issue 5, benchmark): totals by (item, option, the unit's own area, department type, years) kept
// exact in the same statement as every change to ind_values or to a unit's area / department type, by triggers.
// The pivots read ~60 areas × items instead of every unit's figures; the area tree is walked at query time.
//
// ind_rollup rows are intervals of years [from_year, to_year):
//   kind 'y' — the figures of one year (to_year = from_year + 1): total and count of non-null figures;
//   kind 'l' — "latest": each figure holds from its year until the unit's next figure for the same item and option
//              (to_year 9999 if none), so a year's latest total is the rows with from_year <= year < to_year.
// ind_rollup_units counts units instead of figures (a unit with several breakdown options counts once):
//   kind 'y' — units with a figure for the item in that year; kind 'l' — from the unit's first year with a figure.
// Each change recomputes the contributions of the (unit, item) pairs it touched, before and after, and adds the
// difference; totals are numeric so adding and taking away leaves no rounding residue.
// Saves of units in the same area and department type update the same rollup rows; so that two such transactions
// never wait on each other in opposite orders (a deadlock), each takes one transaction-scoped advisory lock before
// touching the rollups: value writes are serialised from their first figure to their commit.
import { type Kysely, sql } from 'kysely';

// This migration's SQL as it was when it was written (20261206100000-ind-rollup-stages replaces it with rollups by
// report stage; its down() comes back here, so this file must not follow later changes of the repository).
/** `rows` yields (sign, year, unit_id, item_code, option_code, value, area_code, dept_type), non-null values only. */
function rollupSql(rows: string): string {
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
async function rebuildRollups<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from ind_rollup`.execute(db);
  await sql`delete from ind_rollup_units`.execute(db);
  await sql
    .raw(
      rollupSql(`select 1 as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, u.area_code, u.dept_type
        from ind_values v join ind_units u on u.id = v.unit_id where v.value is not null`),
    )
    .execute(db);
}


/** Inside a trigger: apply the change, then drop the cells it emptied. */
const applySql = (rows: string) =>
  `${rollupSql(rows)}; delete from ind_rollup where n = 0; delete from ind_rollup_units where n = 0;`;

/** A change to ind_values: every figure of the touched (unit, item) pairs after the change, minus before it. */
function valuesChangeSql(oldRows: string, newRows: string): string {
  return applySql(`
    with p as (
      select distinct unit_id, item_code from (
        select unit_id, item_code from ${oldRows} o1 union all select unit_id, item_code from ${newRows} n1
      ) x
    ),
    after_v as (
      select v.year, v.unit_id, v.item_code, v.option_code, v.value
      from p join ind_values v on v.unit_id = p.unit_id and v.item_code = p.item_code
      where v.value is not null
    ),
    before_v as (
      select * from after_v a where not exists (
        select 1 from ${newRows} w
        where w.year = a.year and w.unit_id = a.unit_id and w.item_code = a.item_code and w.option_code = a.option_code
      )
      union all
      select year, unit_id, item_code, option_code, value from ${oldRows} o where o.value is not null
    )
    select b.*, u.area_code, u.dept_type from (
      select 1 as sign, * from after_v union all select -1, * from before_v
    ) b join ind_units u on u.id = b.unit_id`);
}

/** A unit's figures leave its old area / department type and join the new ones. */
const unitsChangeSql = applySql(`
  select c.sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, c.area_code, c.dept_type
  from (
    select -1 as sign, o.id, o.area_code, o.dept_type from old_rows o join new_rows n on n.id = o.id
    where n.area_code <> o.area_code or n.dept_type <> o.dept_type
    union all
    select 1, n.id, n.area_code, n.dept_type from old_rows o join new_rows n on n.id = o.id
    where n.area_code <> o.area_code or n.dept_type <> o.dept_type
  ) c join ind_values v on v.unit_id = c.id
  where v.value is not null`);

/** A deleted unit takes its figures with it (the cascade's own trigger no longer finds the unit). */
const unitDeleteSql = applySql(`
  select -1 as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, old.area_code, old.dept_type
  from ind_values v where v.unit_id = old.id and v.value is not null`);

const none = '(select * from ind_values where false)';
const serialise = 'perform pg_advisory_xact_lock(5209114);';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table ind_rollup (
    kind text not null check (kind in ('y', 'l')),
    item_code text not null,
    option_code text not null,
    area_code text not null,
    dept_type text not null,
    from_year integer not null,
    to_year integer not null,
    total numeric not null,
    n integer not null,
    primary key (kind, item_code, from_year, to_year, option_code, area_code, dept_type)
  )`.execute(db);
  await sql`create index ind_rollup_empty on ind_rollup (kind) where n = 0`.execute(db);
  await sql`create index ind_rollup_years on ind_rollup (kind, from_year, to_year)`.execute(db);
  await sql`create table ind_rollup_units (
    kind text not null check (kind in ('y', 'l')),
    item_code text not null,
    area_code text not null,
    dept_type text not null,
    from_year integer not null,
    to_year integer not null,
    n integer not null,
    primary key (kind, item_code, from_year, to_year, area_code, dept_type)
  )`.execute(db);
  await sql`create index ind_rollup_units_empty on ind_rollup_units (kind) where n = 0`.execute(db);
  await sql`create index ind_rollup_units_years on ind_rollup_units (kind, from_year, to_year)`.execute(db);
  // each touched (unit, item) pair is read across years
  await sql`create index ind_values_unit_item on ind_values (unit_id, item_code, year)`.execute(db);
  await sql
    .raw(`create function ind_rollup_values() returns trigger language plpgsql as $fn$
    begin ${serialise}
      -- a statement that changed no row (saveValues deletes emptied cells one by one) costs one probe
      if tg_op = 'INSERT' then
        if exists (select 1 from new_rows) then ${valuesChangeSql(none, 'new_rows')} end if;
      elsif tg_op = 'UPDATE' then
        if exists (select 1 from new_rows) then ${valuesChangeSql('old_rows', 'new_rows')} end if;
      elsif exists (select 1 from old_rows) then ${valuesChangeSql('old_rows', none)}
      end if;
      return null;
    end $fn$`)
    .execute(db);
  for (const op of ['insert', 'update', 'delete']) {
    const refs =
      { insert: 'new table as new_rows', update: 'old table as old_rows new table as new_rows' }[op] ??
      'old table as old_rows';
    await sql
      .raw(`create trigger ind_values_rollup_${op} after ${op} on ind_values referencing ${refs}
        for each statement execute function ind_rollup_values()`)
      .execute(db);
  }
  await sql
    .raw(`create function ind_rollup_units_moved() returns trigger language plpgsql as $fn$
    begin ${serialise} ${unitsChangeSql}
      return null;
    end $fn$`)
    .execute(db);
  await sql`create trigger ind_units_rollup_update after update on ind_units
    referencing old table as old_rows new table as new_rows
    for each statement execute function ind_rollup_units_moved()`.execute(db);
  await sql
    .raw(`create function ind_rollup_unit_deleted() returns trigger language plpgsql as $fn$
    begin ${serialise} ${unitDeleteSql}
      return old;
    end $fn$`)
    .execute(db);
  await sql`create trigger ind_units_rollup_delete before delete on ind_units
    for each row execute function ind_rollup_unit_deleted()`.execute(db);
  await sql`create function ind_rollup_truncated() returns trigger language plpgsql as $fn$
    begin truncate ind_rollup, ind_rollup_units; return null; end $fn$`.execute(db);
  await sql`create trigger ind_values_rollup_truncate after truncate on ind_values
    for each statement execute function ind_rollup_truncated()`.execute(db);
  await rebuildRollups(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['insert', 'update', 'delete', 'truncate'])
    await sql.raw(`drop trigger if exists ind_values_rollup_${t} on ind_values`).execute(db);
  await sql`drop trigger if exists ind_units_rollup_update on ind_units`.execute(db);
  await sql`drop trigger if exists ind_units_rollup_delete on ind_units`.execute(db);
  for (const f of [
    'ind_rollup_values',
    'ind_rollup_units_moved',
    'ind_rollup_unit_deleted',
    'ind_rollup_truncated',
  ])
    await sql.raw(`drop function if exists ${f}()`).execute(db);
  await sql`drop index if exists ind_values_unit_item`.execute(db);
  await sql`drop table if exists ind_rollup_units`.execute(db);
  await sql`drop table if exists ind_rollup`.execute(db);
}
