// Indicator rollups by report stage (issue 18 point 4, issue 10 point 4): a pivot shows accepted figures unless the
// reader may and does ask for more, so another unit's draft never reaches an aggregate by default.
//
// The rollups of 20261205100000-ind-rollup gain a `stage`: 'accepted' (figures of accepted reports), 'submitted'
// (in review or accepted) and 'all' (every saved figure). A figure counts in each stage its report's state reaches;
// kind 'l' (latest) is computed within a stage, so an accepted total's latest figure is the latest accepted one.
// Besides the changes to ind_values and ind_units, a change of a report's stage (submit, approve, accept, return,
// unlock; a report row added or removed) moves its unit's figures between stages: every figure of the unit is
// counted after the change, minus before it (the lead() of kind 'l' needs the unit's other years too). Every
// trigger takes the same transaction-scoped advisory lock as before.
import { type Kysely, sql } from 'kysely';
import { rebuildRollups, rollupSql, stageRankSql } from '../repositories/indicators/rollup.repository.ts';
import * as unstaged from './20261205100000-ind-rollup.ts';

/** Inside a trigger: apply the change, then drop the cells it emptied. */
const applySql = (rows: string) =>
  `${rollupSql(rows)}; delete from ind_rollup where n = 0; delete from ind_rollup_units where n = 0;`;

/** Figures (sign, year, unit_id, item_code, option_code, value) with their unit's place and their report state. */
const placed = (figures: string) => `
  select b.*, u.area_code, u.dept_type, coalesce(r.state, 'open') as state from (${figures}) b
  join ind_units u on u.id = b.unit_id
  left join ind_reports r on r.year = b.year and r.unit_id = b.unit_id`;

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
    ${placed('select 1 as sign, * from after_v union all select -1, * from before_v')}`);
}

/** A unit's figures leave its old area / department type and join the new ones. */
const unitsChangeSql = applySql(`
  select c.sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, c.area_code, c.dept_type,
    coalesce(r.state, 'open') as state
  from (
    select -1 as sign, o.id, o.area_code, o.dept_type from old_rows o join new_rows n on n.id = o.id
    where n.area_code <> o.area_code or n.dept_type <> o.dept_type
    union all
    select 1, n.id, n.area_code, n.dept_type from old_rows o join new_rows n on n.id = o.id
    where n.area_code <> o.area_code or n.dept_type <> o.dept_type
  ) c join ind_values v on v.unit_id = c.id
  left join ind_reports r on r.year = v.year and r.unit_id = v.unit_id
  where v.value is not null`);

/** A deleted unit takes its figures with it (the cascade's own triggers no longer find the unit). */
const unitDeleteSql = applySql(`
  select -1 as sign, v.year, v.unit_id, v.item_code, v.option_code, v.value, old.area_code, old.dept_type,
    coalesce(r.state, 'open') as state
  from ind_values v left join ind_reports r on r.year = v.year and r.unit_id = v.unit_id
  where v.unit_id = old.id and v.value is not null`);

/**
 * Reports whose stage changes, `changes` yielding (year, unit_id, old_state, new_state): each unit's figures as they
 * count with the new states, minus as they counted with the old ones (its other years as they are).
 */
function stageChangeSql(changes: string): string {
  return applySql(`
    with ch as (
      select * from (${changes}) c
      where ${stageRankSql('c.old_state')} <> ${stageRankSql('c.new_state')}
    ),
    now_v as (
      ${placed(`select v.year, v.unit_id, v.item_code, v.option_code, v.value from ind_values v
        where v.unit_id in (select unit_id from ch) and v.value is not null`)}
    )
    select 1 as sign, x.year, x.unit_id, x.item_code, x.option_code, x.value, x.area_code, x.dept_type,
      coalesce(ch.new_state, x.state) as state
    from now_v x left join ch on ch.year = x.year and ch.unit_id = x.unit_id
    union all
    select -1, x.year, x.unit_id, x.item_code, x.option_code, x.value, x.area_code, x.dept_type,
      coalesce(ch.old_state, x.state)
    from now_v x left join ch on ch.year = x.year and ch.unit_id = x.unit_id`);
}

/** Reports added or changed by a statement (a report row is 'open' before it exists). */
const reportsChangeSql = (oldRows: string, newRows: string) =>
  stageChangeSql(`
    select n.year, n.unit_id, coalesce(o.state, 'open') as old_state, n.state as new_state
    from ${newRows} n left join ${oldRows} o on o.year = n.year and o.unit_id = n.unit_id`);

/** A report about to be deleted: its figures become 'open' first (the cascade then deletes them as such). */
const reportDeleteSql = stageChangeSql(
  `select old.year as year, old.unit_id as unit_id, old.state as old_state, 'open'::text as new_state`,
);

const noValues = '(select * from ind_values where false)';
const noReports = '(select * from ind_reports where false)';
/**
 * The lock a trigger takes before it touches the rollups, given a query of the (area_code, dept_type) groups of the
 * units its statement changes (20261210010000-ind-rollup-group-locks replaces this one lock for all with a lock per group).
 */
export type RollupLock = (groups: string) => string;
const globalLock: RollupLock = () => 'perform pg_advisory_xact_lock(5209114);';
const refs: Record<string, string> = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
};

/** A statement trigger body that applies `change(old, new)` for each operation (one probe when no row changed). */
const perOperation = (change: (oldRows: string, newRows: string) => string, none: string) => `
  if tg_op = 'INSERT' then
    if exists (select 1 from new_rows) then ${change(none, 'new_rows')} end if;
  elsif tg_op = 'UPDATE' then
    if exists (select 1 from new_rows) then ${change('old_rows', 'new_rows')} end if;
  elsif exists (select 1 from old_rows) then ${change('old_rows', none)}
  end if;`;

/** `update` when the trigger fires for an UPDATE, else `insert` (old_rows exists only for updates). */
const tgOpIsUpdate = (update: string, insert: string) =>
  `if tg_op = 'UPDATE' then ${update} else ${insert} end if;`;

/** (Re)creates the trigger functions, each taking `lock` for the units its statement changes. */
export async function createRollupFunctions(db: Kysely<unknown>, lock: RollupLock): Promise<void> {
  const unitsOf = (units: string) => lock(`select area_code, dept_type from ind_units where id in (${units})`);
  const units = (oldRows: string, newRows: string) =>
    unitsOf(`select unit_id from ${oldRows} o union select unit_id from ${newRows} n`);
  const bodies: Record<string, string> = {
    ind_rollup_values: `${perOperation((o, n) => `${units(o, n)} ${valuesChangeSql(o, n)}`, noValues)}
      return null;`,
    // a report row deleted takes its figures with it (ind_values_report cascades): move them to 'open' before
    ind_rollup_reports: `
      if tg_op = 'DELETE' then ${unitsOf('select old.unit_id')} ${reportDeleteSql} return old; end if;
      if exists (select 1 from new_rows) then ${unitsOf('select unit_id from new_rows')}
        ${tgOpIsUpdate(reportsChangeSql('old_rows', 'new_rows'), reportsChangeSql(noReports, 'new_rows'))}
      end if;
      return null;`,
    ind_rollup_units_moved: `${lock('select area_code, dept_type from old_rows union select area_code, dept_type from new_rows')}
      ${unitsChangeSql} return null;`,
    ind_rollup_unit_deleted: `${lock('select old.area_code, old.dept_type')} ${unitDeleteSql} return old;`,
    ind_rollup_truncated: 'truncate ind_rollup, ind_rollup_units; return null;',
  };
  for (const [name, body] of Object.entries(bodies))
    await sql
      .raw(`create or replace function ${name}() returns trigger language plpgsql as $fn$
      declare locked_group int; begin ${body} end $fn$`)
      .execute(db);
}

const functions = [
  'ind_rollup_values',
  'ind_rollup_reports',
  'ind_rollup_units_moved',
  'ind_rollup_unit_deleted',
  'ind_rollup_truncated',
];

async function dropAll(db: Kysely<unknown>) {
  for (const op of ['insert', 'update', 'delete', 'truncate']) {
    await sql.raw(`drop trigger if exists ind_values_rollup_${op} on ind_values`).execute(db);
    await sql.raw(`drop trigger if exists ind_reports_rollup_${op} on ind_reports`).execute(db);
  }
  await sql`drop trigger if exists ind_units_rollup_update on ind_units`.execute(db);
  await sql`drop trigger if exists ind_units_rollup_delete on ind_units`.execute(db);
  for (const f of functions) await sql.raw(`drop function if exists ${f}()`).execute(db);
  await sql`drop table if exists ind_rollup_units`.execute(db);
  await sql`drop table if exists ind_rollup`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await unstaged.down(db);
  await dropAll(db);
  await sql`create table ind_rollup (
    stage text not null check (stage in ('all', 'submitted', 'accepted')),
    kind text not null check (kind in ('y', 'l')),
    item_code text not null,
    option_code text not null,
    area_code text not null,
    dept_type text not null,
    from_year integer not null,
    to_year integer not null,
    total numeric not null,
    n integer not null,
    primary key (stage, kind, item_code, from_year, to_year, option_code, area_code, dept_type)
  )`.execute(db);
  await sql`create index ind_rollup_empty on ind_rollup (kind) where n = 0`.execute(db);
  await sql`create index ind_rollup_years on ind_rollup (stage, kind, from_year, to_year)`.execute(db);
  await sql`create table ind_rollup_units (
    stage text not null check (stage in ('all', 'submitted', 'accepted')),
    kind text not null check (kind in ('y', 'l')),
    item_code text not null,
    area_code text not null,
    dept_type text not null,
    from_year integer not null,
    to_year integer not null,
    n integer not null,
    primary key (stage, kind, item_code, from_year, to_year, area_code, dept_type)
  )`.execute(db);
  await sql`create index ind_rollup_units_empty on ind_rollup_units (kind) where n = 0`.execute(db);
  await sql`create index ind_rollup_units_years on ind_rollup_units (stage, kind, from_year, to_year)`.execute(
    db,
  );
  // each touched (unit, item) pair is read across years
  await sql`create index if not exists ind_values_unit_item on ind_values (unit_id, item_code, year)`.execute(
    db,
  );

  await createRollupFunctions(db, globalLock);
  for (const op of ['insert', 'update', 'delete'])
    await sql
      .raw(`create trigger ind_values_rollup_${op} after ${op} on ind_values referencing ${refs[op]}
        for each statement execute function ind_rollup_values()`)
      .execute(db);
  for (const op of ['insert', 'update'])
    await sql
      .raw(`create trigger ind_reports_rollup_${op} after ${op} on ind_reports referencing ${refs[op]}
        for each statement execute function ind_rollup_reports()`)
      .execute(db);
  await sql`create trigger ind_reports_rollup_delete before delete on ind_reports
    for each row execute function ind_rollup_reports()`.execute(db);
  await sql`create trigger ind_units_rollup_update after update on ind_units
    referencing old table as old_rows new table as new_rows
    for each statement execute function ind_rollup_units_moved()`.execute(db);
  await sql`create trigger ind_units_rollup_delete before delete on ind_units
    for each row execute function ind_rollup_unit_deleted()`.execute(db);
  await sql`create trigger ind_values_rollup_truncate after truncate on ind_values
    for each statement execute function ind_rollup_truncated()`.execute(db);
  await rebuildRollups(db);
}

/** Back to the rollups without stages (every saved figure), rebuilt by that migration. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await dropAll(db);
  await sql`drop index if exists ind_values_unit_item`.execute(db);
  await unstaged.up(db);
}
