// Aggregation up the area tree, by department type, breakdown option, item and year, honouring each item's
// aggregation (sum; mean over units; latest = each unit's last figure). Read from the rollups that triggers keep
// exact in the saving transaction (migrations 20261205100000-ind-rollup, 20261206100000-ind-rollup-stages), by report
// stage (accepted / in review / every saved figure); a filter by option without the option dimension is answered
// from the stored values instead.
import {
  type AggregateQuery,
  type AggregateRow,
  type CompletenessRow,
  type FigureStage,
  type PivotDim,
  type PopulationFigure,
  stocksAtLatest,
} from '@kepu/domain/indicators';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { areaWithin } from './scope.ts';

type Db = Kysely<Database>;

export type { AggregateQuery, AggregateRow, FigureStage, PivotDim };

const dimSql: Record<PivotDim, RawBuilder<unknown>> = {
  area: sql`u.area`,
  deptType: sql`u.dept_type`,
  year: sql`p.year`,
  group: sql`p.group_code`,
  item: sql`p.item_code`,
  option: sql`p.option_code`,
};
const dimAlias: Record<PivotDim, string> = {
  area: 'area',
  deptType: 'dept_type',
  year: 'year',
  group: 'group_code',
  item: 'item',
  option: 'option',
};

/** The report states of a stage (null: every saved figure, with or without a report). */
const stageStates: Record<FigureStage, string[] | null> = {
  accepted: ['accepted'],
  submitted: ['submitted', 'approved', 'accepted'],
  all: null,
};

/** Figures of the jurisdiction's form (its items' aggregation) over the areas below `q.root`. */
export async function aggregate(db: Db, j: string, q: AggregateQuery): Promise<AggregateRow[]> {
  const fromValues =
    q.source === 'values' || (q.options?.length && !q.dims.includes('option')) || stocksAtLatest(q);
  return fromValues ? aggregateFromValues(db, j, q) : aggregateFromRollup(db, j, q);
}

/** Same answer as aggregateFromValues, from ind_rollup / ind_rollup_units. */
async function aggregateFromRollup(db: Db, j: string, q: AggregateQuery): Promise<AggregateRow[]> {
  const dims = [...new Set(q.dims)];
  const stage = q.stage ?? 'all';
  const withOption = dims.includes('option');
  const itemFilter = q.items?.length ? sql`and i.code = any(${q.items}::text[])` : sql``;
  const groupFilter = q.group ? sql`and i.group_code = ${q.group}` : sql``;
  const optionFilter = q.options?.length ? sql`and r.option_code = any(${q.options}::text[])` : sql``;
  const deptFilter = q.deptTypes?.length ? sql`and r.dept_type = any(${q.deptTypes}::text[])` : sql``;
  const rollupDim = { ...dimSql, deptType: sql`p.dept_type`, option: sql`p.option_code` };
  const select = dims.map((d) => sql`${rollupDim[d]} as ${sql.ref(dimAlias[d])}`);
  const groupBy = dims.map((d) => rollupDim[d]);
  if (!q.years.length) return [];
  // A year's figures (kind 'y', sum and mean items) or the figures holding in it (kind 'l', latest items); the
  // constant year bounds let the (kind, from_year, to_year) index narrow the scan.
  const inYear = sql`r.stage = ${stage} and r.kind = 'y' and r.from_year = it.year and r.from_year = any(${q.years}::int[])`;
  const holding = sql`r.stage = ${stage} and r.kind = 'l' and r.from_year <= it.year and r.to_year > it.year
    and r.from_year <= ${Math.max(...q.years)} and r.to_year > ${Math.min(...q.years)}`;
  // Counts behind a cell, as the values path counts them: figures for sum items (and for every item by option);
  // without the option dimension, units for mean and latest items (a unit's options are one figure).
  const n = withOption ? sql`r.n` : sql`case when it.aggregation = 'sum' then r.n else 0 end`;
  const figures = (when: RawBuilder<unknown>, aggregation: RawBuilder<unknown>) => sql`
    select it.year, it.code as item_code, it.aggregation, it.group_code, r.option_code, r.area_code, r.dept_type,
      r.total, ${n} as n
    from it join ind_rollup r on r.item_code = it.code and ${when}
    where ${aggregation} ${optionFilter} ${deptFilter}`;
  const units = (when: RawBuilder<unknown>, aggregation: RawBuilder<unknown>) => sql`
    select it.year, it.code, it.aggregation, it.group_code, '', r.area_code, r.dept_type, 0, r.n
    from it join ind_rollup_units r on r.item_code = it.code and ${when}
    where ${aggregation} ${deptFilter}`;
  const parts = [
    figures(inYear, sql`it.aggregation <> 'latest'`),
    figures(holding, sql`it.aggregation = 'latest'`),
    ...(withOption
      ? []
      : [units(inYear, sql`it.aggregation = 'mean'`), units(holding, sql`it.aggregation = 'latest'`)]),
  ];
  const result = await sql<Record<string, unknown>>`
    with it as (
      select i.year as year, i.code, i.aggregation, i.group_code from ind_items i
      where i.jurisdiction_code = ${j} and i.year = any(${q.years}::int[]) and not i.retired and i.value_type <> 'text' ${itemFilter} ${groupFilter}
    ),
    -- materialised: ~60 areas mapped to the root's children once, then hash-joined
    ar as materialized (
      select a.code, coalesce(c.code, a.code) as area
      from areas a
      left join areas c on c.parent_code = ${q.root} and (c.code = a.code or c.code = any(a.path))
      where a.code = ${q.root} or ${q.root} = any(a.path)
    ),
    p as (${sql.join(parts, sql` union all `)})
    select ${sql.join([
      ...select,
      sql`case when min(p.aggregation) = 'mean' then sum(p.total) / nullif(sum(p.n), 0) else sum(p.total) end as value`,
      sql`sum(p.n) as units`,
    ])}
    from p join ar u on u.code = p.area_code
    ${groupBy.length ? sql`group by ${sql.join(groupBy)}` : sql``}
  `.execute(db);
  return result.rows.map((r) => toRow(dims, r));
}

/**
 * Straight from ind_values (the recomputation the rollups must equal); used for what the rollups cannot answer:
 * filters by option without the option dimension, and stock items at each unit's latest year (the rollups hold
 * no units).
 */
async function aggregateFromValues(db: Db, j: string, q: AggregateQuery): Promise<AggregateRow[]> {
  const dims = [...new Set(q.dims)];
  const withOption = dims.includes('option');
  const itemFilter = q.items?.length ? sql`and i.code = any(${q.items}::text[])` : sql``;
  const groupFilter = q.group ? sql`and i.group_code = ${q.group}` : sql``;
  const optionFilter = q.options?.length ? sql`and v.option_code = any(${q.options}::text[])` : sql``;
  const deptFilter = q.deptTypes?.length ? sql`and u.dept_type = any(${q.deptTypes}::text[])` : sql``;
  const states = stageStates[q.stage ?? 'all'];
  const stateFilter = states
    ? sql`and exists (select 1 from ind_reports r where r.year = v.year and r.unit_id = v.unit_id and r.state = any(${states}::text[]))`
    : sql``;
  const select = dims.map((d) => sql`${dimSql[d]} as ${sql.ref(dimAlias[d])}`);
  const groupBy = dims.map((d) => dimSql[d]);
  const perUnitOption = withOption ? sql`v.option_code` : sql`''::text`;
  const atLatest = stocksAtLatest(q);
  const result = await sql<Record<string, unknown>>`
    with it as (
      select i.year, i.code, i.aggregation, i.group_code, i.measure from ind_items i
      where i.jurisdiction_code = ${j} and i.year = any(${q.years}::int[]) and not i.retired and i.value_type <> 'text' ${itemFilter} ${groupFilter}
    ),
    -- materialised: the unit → child-area map is built once, not re-joined per value row
    u as materialized (
      select u.id, u.dept_type, coalesce(c.code, a.code) as area
      from ind_units u
      join areas a on a.code = u.area_code
      left join areas c on c.parent_code = ${q.root} and (c.code = a.code or c.code = any(a.path))
      where (a.code = ${q.root} or ${q.root} = any(a.path)) ${deptFilter}
    ),
    v as (
      -- sum items: raw figures (no per-unit step needed); the year filter lets the primary key narrow the scan
      select it.year, v.unit_id, v.item_code, ${withOption ? sql`v.option_code` : sql`''::text`} as option_code, v.value, it.aggregation, it.group_code, it.measure
      from it join ind_values v on v.item_code = it.code and v.year = it.year
      where v.year = any(${q.years}::int[]) and it.aggregation = 'sum' and v.value is not null ${optionFilter} ${stateFilter}
      union all
      -- mean items: each unit's total first, so a unit with several breakdown options counts once
      select it.year, v.unit_id, v.item_code, ${perUnitOption}, sum(v.value), it.aggregation, it.group_code, it.measure
      from it join ind_values v on v.item_code = it.code and v.year = it.year
      where v.year = any(${q.years}::int[]) and it.aggregation = 'mean' and v.value is not null ${optionFilter} ${stateFilter}
      group by it.year, v.unit_id, v.item_code, ${perUnitOption}, it.aggregation, it.group_code, it.measure
      union all
      select l.year, l.unit_id, l.item_code, ${withOption ? sql`l.option_code` : sql`''::text`}, sum(l.value), 'latest', min(l.group_code), min(l.measure)
      from (
        select distinct on (it.year, v.unit_id, v.item_code collate "C", v.option_code collate "C") it.year, v.unit_id, v.item_code, v.option_code, v.value, it.group_code, it.measure
        from it join ind_values v on v.item_code = it.code and v.year <= it.year
        where it.aggregation = 'latest' and v.value is not null ${optionFilter} ${stateFilter}
        order by it.year, v.unit_id, v.item_code collate "C", v.option_code collate "C", v.year desc
      ) l
      group by l.year, l.unit_id, l.item_code ${withOption ? sql`, l.option_code` : sql``}
    ),
    -- each unit's figures of a stock item in its latest year with any (every figure when stocks are not at latest)
    w as (
      select v.*, ${atLatest ? sql`max(v.year) over (partition by v.unit_id, v.item_code)` : sql`v.year`} as last_year
      from v
    )
    select ${sql.join([...select, sql`case when min(p.aggregation) = 'mean' then avg(p.value) else sum(p.value) end as value`, sql`count(*) as units`])}
    from w p join u on u.id = p.unit_id
    where p.measure <> 'stock' or p.year = p.last_year
    ${groupBy.length ? sql`group by ${sql.join(groupBy)}` : sql``}
  `.execute(db);
  return result.rows.map((r) => toRow(dims, r));
}

function toRow(dims: PivotDim[], r: Record<string, unknown>): AggregateRow {
  const row: AggregateRow = { value: Number(r.value), units: Number(r.units) };
  if (dims.includes('area')) row.area = String(r.area);
  if (dims.includes('deptType')) row.deptType = String(r.dept_type);
  if (dims.includes('year')) row.year = Number(r.year);
  if (dims.includes('group')) row.group = String(r.group_code);
  if (dims.includes('item')) row.item = String(r.item);
  if (dims.includes('option')) row.option = String(r.option);
  return row;
}

/** Population of each area for a year: the latest figure entered for that year or before, with its source. */
export async function populationsFor(db: Db, codes: string[], year: number) {
  if (!codes.length) return new Map<string, PopulationFigure>();
  const rows = await db
    .selectFrom('ind_populations')
    .select(['area_code', 'year', 'population', 'source'])
    .where('area_code', 'in', codes)
    .where('year', '<=', year)
    .orderBy('area_code')
    .orderBy('year', 'desc')
    .execute();
  const out = new Map<string, PopulationFigure>();
  for (const r of rows)
    if (!out.has(r.area_code))
      out.set(r.area_code, { population: r.population, year: r.year, source: r.source });
  return out;
}

/** Each area's latest population figure with its year and source (the areas page). */
export async function latestPopulations(db: Db) {
  return db
    .selectFrom('ind_populations')
    .select(['area_code', 'year', 'population', 'source'])
    .distinctOn('area_code')
    .orderBy('area_code')
    .orderBy('year', 'desc')
    .execute();
}

/** The populations of the jurisdiction's areas. */
export async function listPopulations(db: Db, j: string) {
  return db
    .selectFrom('ind_populations as p')
    .innerJoin('areas as a', 'a.code', 'p.area_code')
    .where(areaWithin(j))
    .select(['p.area_code', 'a.name', 'p.year', 'p.population', 'p.source'])
    .orderBy('p.area_code')
    .orderBy('p.year')
    .execute();
}

export async function upsertPopulation(
  db: Db,
  p: { areaCode: string; year: number; population: number; source: string },
) {
  await db
    .insertInto('ind_populations')
    .values({ area_code: p.areaCode, year: p.year, population: p.population, source: p.source })
    .onConflict((oc) =>
      oc.columns(['area_code', 'year']).doUpdateSet({ population: p.population, source: p.source }),
    )
    .execute();
}

/**
 * Completeness (reports in) and timeliness (in by the due date) per child area of `root` and per department type,
 * with the reports whose figures `stage` counts (for 'all': reports with a saved figure).
 */
export async function completeness(
  db: Db,
  year: number,
  root: string,
  stage: FigureStage,
): Promise<CompletenessRow[]> {
  const states = stageStates[stage];
  const counted = states
    ? sql`r.state = any(${states}::text[])`
    : sql`exists (select 1 from ind_values v where v.year = r.year and v.unit_id = r.unit_id and v.value is not null)`;
  const result = await sql<{
    area: string;
    dept_type: string;
    expected: string;
    submitted: string;
    on_time: string;
    accepted: string;
    counted: string;
  }>`
    select coalesce(c.code, a.code) as area, u.dept_type,
      count(*) as expected,
      count(*) filter (where r.first_submitted_at is not null) as submitted,
      count(*) filter (where r.first_submitted_at is not null and r.first_submitted_at < (r.due_on::date + 1)) as on_time,
      count(*) filter (where r.state = 'accepted') as accepted,
      count(*) filter (where ${counted}) as counted
    from ind_reports r
    join ind_units u on u.id = r.unit_id
    join areas a on a.code = u.area_code
    left join areas c on c.parent_code = ${root} and (c.code = a.code or c.code = any(a.path))
    where r.year = ${year} and (a.code = ${root} or ${root} = any(a.path))
    group by 1, 2
  `.execute(db);
  return result.rows.map((r) => ({
    area: r.area,
    deptType: r.dept_type,
    expected: Number(r.expected),
    submitted: Number(r.submitted),
    onTime: Number(r.on_time),
    accepted: Number(r.accepted),
    counted: Number(r.counted),
  }));
}
