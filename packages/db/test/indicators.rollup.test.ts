// The pivots read rollups kept by triggers; after every kind of write they must equal a plain recomputation from
// ind_values (sum, mean over units, latest figure at or before the year; breakdowns; a 4-level area tree), in each
// report stage (accepted; in review or accepted; every saved figure) as reports move through their states.
import type { FormDefinition, Item, ValueCell } from '@kepu/domain/indicators';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AggregateQuery,
  aggregate,
  assignReports,
  type DatabaseHandle,
  type FigureStage,
  importValues,
  insertAreas,
  insertIndUnits,
  installForm,
  openTestDatabases,
  type PivotDim,
  saveValues,
  type UnitValueCell,
  updateReport,
} from '../src/index.ts';
import * as rollupMigration from '../src/migrations/20261206100000-ind-rollup-stages.ts';

/** the jurisdiction these statistics belong to */
const PANJIN = '211100';

const YEARS = [2022, 2023, 2024];
const item = (
  code: string,
  group: Item['group'],
  aggregation: Item['aggregation'],
  sex: boolean,
  retired = false,
): Item => ({
  code,
  group,
  zh: code,
  en: code,
  valueType: code === 'T1' ? 'text' : 'number',
  aggregation,
  measure: 'flow',
  unit: '',
  breakdown: sex ? 'sex' : null,
  parent: null,
  retired,
});
const form = (year: number): FormDefinition => ({
  format: 'kepu-indicator-form/1',
  year,
  title: `rollup ${year}`,
  breakdowns: [
    {
      code: 'sex',
      zh: '性别',
      en: 'Sex',
      options: [
        { code: 'male', zh: '男', en: 'Male' },
        { code: 'female', zh: '女', en: 'Female' },
      ],
    },
  ],
  items: [
    item('S1', 'P', 'sum', true),
    item('S2', 'E', 'sum', false, year === 2024), // retired in 2024; shares group E with the means
    item('M1', 'E', 'mean', false),
    item('M2', 'E', 'mean', true),
    item('L1', 'V', 'latest', false),
    item('L2', 'V', 'latest', true),
    item('T1', 'P', 'sum', false),
  ],
  rules: [],
  computed: [],
});

// deterministic figures with gaps (about one cell in four left empty), decimals included
let seed = 7;
const next = () => {
  seed = (seed * 48271) % 2147483647;
  return seed;
};
function cells(): ValueCell[] {
  const out: ValueCell[] = [];
  for (const code of ['S1', 'S2', 'M1', 'M2', 'L1', 'L2'])
    for (const option of ['S1', 'M2', 'L2'].includes(code) ? ['male', 'female'] : [''])
      if (next() % 4 !== 0) out.push({ item: code, option, value: (next() % 1000) / 10 });
  out.push({ item: 'T1', option: '', value: null, text: '备注' });
  return out;
}

/** The report states each stage counts, written out again for the check (null: every figure). */
const stateSets: Record<FigureStage, string[] | null> = {
  accepted: ['accepted'],
  submitted: ['submitted', 'approved', 'accepted'],
  all: null,
};
const stages = Object.keys(stateSets) as FigureStage[];

/** The check: one row per figure as each aggregation defines it, then grouped — written out in plain SQL. */
async function recompute(h: DatabaseHandle, q: AggregateQuery) {
  const col: Record<PivotDim, string> = {
    area: 'area',
    deptType: 'dept_type',
    year: 'year',
    group: 'group_code',
    item: 'item',
    option: 'option',
  };
  const dims = q.dims.map((d) => sql.ref(`f.${col[d]}`));
  const byOption = q.dims.includes('option');
  const opt = byOption ? sql`v.option_code` : sql`''`;
  const r = await sql<Record<string, unknown>>`
    with recursive tree as (
      select code, code as top from areas where parent_code = ${q.root}
      union all select a.code, t.top from areas a join tree t on a.parent_code = t.code
    ),
    placed as (
      select u.id, u.dept_type, coalesce(t.top, u.area_code) as area
      from ind_units u left join tree t on t.code = u.area_code
      where t.code is not null or u.area_code = ${q.root}
    ),
    items as (
      select year, code, group_code, aggregation from ind_items
      where year = any(${q.years}::int[]) and not retired and value_type <> 'text'
        and (${q.items ?? null}::text[] is null or code = any(${q.items ?? null}::text[]))
        and (${q.group ?? null}::text is null or group_code = ${q.group ?? null})
    ),
    vals as (
      select v.* from ind_values v left join ind_reports r on r.year = v.year and r.unit_id = v.unit_id
      where v.value is not null and (${q.options ?? null}::text[] is null or v.option_code = any(${q.options ?? null}::text[]))
        and (${stateSets[q.stage ?? 'all']}::text[] is null or r.state = any(${stateSets[q.stage ?? 'all']}::text[]))
    ),
    figs as (
      select i.year, i.code as item, i.group_code, i.aggregation, v.unit_id, v.option_code as option, v.value
      from items i join vals v on v.year = i.year and v.item_code = i.code where i.aggregation = 'sum'
      union all
      select i.year, i.code, i.group_code, i.aggregation, v.unit_id, ${opt}, sum(v.value)
      from items i join vals v on v.year = i.year and v.item_code = i.code where i.aggregation = 'mean'
      group by 1, 2, 3, 4, 5, 6
      union all
      select i.year, i.code, i.group_code, i.aggregation, v.unit_id, ${opt}, sum(v.value)
      from items i join vals v on v.item_code = i.code
        and v.year = (select max(w.year) from vals w where w.unit_id = v.unit_id and w.item_code = v.item_code
                      and w.option_code = v.option_code and w.year <= i.year)
      where i.aggregation = 'latest'
      group by 1, 2, 3, 4, 5, 6
    ),
    f as (
      select figs.*, p.area, p.dept_type from figs join placed p on p.id = figs.unit_id
      where ${q.deptTypes ?? null}::text[] is null or p.dept_type = any(${q.deptTypes ?? null}::text[])
    )
    select ${sql.join([
      ...dims,
      sql`case when min(f.aggregation) = 'mean' then avg(f.value) else sum(f.value) end as value`,
      sql`count(*) as units`,
    ])}
    from f ${dims.length ? sql`group by ${sql.join(dims)}` : sql``}
  `.execute(h.db);
  return r.rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const d of q.dims) out[d] = d === 'year' ? Number(row[col[d]]) : String(row[col[d]]);
    return { ...out, value: Number(row.value), units: Number(row.units) };
  });
}

const roots = ['210000', '211100', '211104', '211104001'];
const dimSets: PivotDim[][] = [
  [],
  ['area'],
  ['area', 'option'],
  ['area', 'item'],
  ['area', 'item', 'option'],
  ['area', 'group'],
  ['deptType', 'year'],
  ['group', 'option'],
  ['item', 'year', 'deptType'],
];
const queries: AggregateQuery[] = [
  ...roots.flatMap((root) => dimSets.map((dims) => ({ years: YEARS, root, dims }))),
  ...dimSets.map((dims) => ({ years: [2024], root: '211100', dims })),
  { years: YEARS, root: '211100', dims: ['area', 'year'], items: ['L2', 'M2'] },
  { years: YEARS, root: '211100', dims: ['area', 'option'], options: ['female'] },
  { years: [2023], root: '211100', dims: ['area', 'item'], deptTypes: ['school'], group: 'E' },
];
const norm = (rows: { value: number }[]) =>
  rows
    .map((r) => ({ ...r, value: Math.round(r.value * 1e6) / 1e6 }))
    .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort())))
    .sort();

describe.each(openTestDatabases())('indicator rollups on $name', ({ open }) => {
  let h: DatabaseHandle;
  const id: Record<string, number> = {};
  async function expectExact() {
    for (const stage of stages)
      for (const q of queries.map((x) => ({ ...x, stage })))
        expect(norm(await aggregate(h.db, PANJIN, q)), JSON.stringify(q)).toEqual(
          norm(await recompute(h, q)),
        );
  }
  const state = (year: number, unit: string, to: string) =>
    updateReport(h.db, year, id[unit], { state: to as 'accepted' });
  const cityByArea = async () =>
    aggregate(h.db, PANJIN, { years: YEARS, root: '211100', dims: ['area', 'item', 'year'] });

  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, [
      { code: '210000', name: '辽宁省', level: 'province', parentCode: null },
      { code: '211100', name: '盘锦市', level: 'city', parentCode: '210000' },
      { code: '211102', name: '双台子区', level: 'district', parentCode: '211100' },
      { code: '211104', name: '大洼区', level: 'district', parentCode: '211100' },
      { code: '211102001', name: '红旗街道', level: 'town', parentCode: '211102' },
      { code: '211104001', name: '大洼街道', level: 'town', parentCode: '211104' },
      { code: '211104002', name: '田家街道', level: 'town', parentCode: '211104' },
    ]);
    for (const y of YEARS)
      await installForm(h.db, PANJIN, form(y), { opensOn: `${y + 1}-04-01`, dueOn: `${y + 1}-06-30` });
    const units = [
      ['U1', 'government', '211104001'],
      ['U2', 'school', '211104001'],
      ['U3', 'school', '211104002'],
      ['U4', 'enterprise', '211104'],
      ['U5', 'government', '211102001'],
      ['U6', 'school', '211102'],
      ['U7', 'government', '211100'],
      ['U8', 'mass_org', '210000'],
    ];
    const rows = await insertIndUnits(
      h.db,
      PANJIN,
      units.map(([code, deptType, areaCode]) => ({ code, name: code, deptType, areaCode, orgUnitId: null })),
    );
    for (const r of rows) id[r.code] = r.id;
    for (const y of YEARS) {
      await assignReports(h.db, y, Object.values(id), { opensOn: `${y + 1}-04-01`, dueOn: `${y + 1}-06-30` });
      for (const unitId of Object.values(id)) await saveValues(h.db, y, unitId, cells(), 't');
    }
    // a mix of stages: U1–U3 accepted every year, U4 in review, U5 accepted in 2022 only, the rest drafts
    for (const y of YEARS) for (const u of ['U1', 'U2', 'U3']) await state(y, u, 'accepted');
    await state(2023, 'U4', 'submitted');
    await state(2024, 'U4', 'approved');
    await state(2022, 'U5', 'accepted');
  });
  afterAll(() => h?.close());

  it('equals the recomputation after saving a whole form for every unit and year', async () => {
    expect((await sql<{ n: string }>`select count(*) as n from ind_rollup`.execute(h.db)).rows[0].n).not.toBe(
      '0',
    );
    await expectExact();
  });

  it('stays exact when figures are overwritten, emptied on save, or deleted', async () => {
    await saveValues(
      h.db,
      2023,
      id.U1,
      [
        { item: 'S1', option: 'male', value: 0.3 },
        { item: 'M2', option: 'female', value: null }, // an emptied cell deletes the figure
        { item: 'L1', option: '', value: null }, // the 2022 figure now holds in 2023
        { item: 'L2', option: 'male', value: 12.5 },
      ],
      't',
    );
    await h.db.deleteFrom('ind_values').where('unit_id', '=', id.U2).where('year', '=', 2022).execute();
    await h.db.deleteFrom('ind_values').where('item_code', '=', 'L2').where('year', '=', 2024).execute();
    await expectExact();
  });

  it('moves a unit’s figures between stages as its reports are submitted, accepted, returned, unlocked or removed', async () => {
    const accepted = () =>
      aggregate(h.db, PANJIN, { years: YEARS, root: '211100', dims: ['area', 'year'], stage: 'accepted' });
    const before = await accepted();
    await state(2023, 'U6', 'submitted');
    await expectExact();
    await state(2023, 'U6', 'approved'); // in review either way: nothing moves
    await state(2023, 'U6', 'accepted');
    await expectExact();
    expect(await accepted()).not.toEqual(before);
    await state(2022, 'U5', 'returned'); // unlocked: its 2022 figures leave the accepted and in-review totals
    await state(2024, 'U4', 'accepted');
    await h.db.transaction().execute(async (trx) => {
      await trx.updateTable('ind_reports').set({ state: 'accepted' }).where('year', '=', 2024).execute();
      await trx
        .updateTable('ind_reports')
        .set({ state: 'draft' })
        .where('unit_id', '=', id.U2)
        .where('year', '=', 2023)
        .execute();
    });
    await expectExact();
    await h.db.deleteFrom('ind_reports').where('unit_id', '=', id.U7).where('year', '=', 2024).execute();
    await expectExact();
  });

  it('moves a unit’s figures when it changes area, department type, or both', async () => {
    const before = await cityByArea();
    await h.db.updateTable('ind_units').set({ area_code: '211102001' }).where('id', '=', id.U1).execute();
    await expectExact();
    expect(await cityByArea()).not.toEqual(before); // 大洼区's totals lost U1's figures to 双台子区
    await h.db.updateTable('ind_units').set({ dept_type: 'enterprise' }).where('id', '=', id.U3).execute();
    await expectExact();
    await h.db
      .updateTable('ind_units')
      .set({ area_code: '211100', dept_type: 'school' })
      .where('id', 'in', [id.U5, id.U8])
      .execute();
    await h.db.updateTable('ind_units').set({ name: 'renamed' }).where('id', '=', id.U2).execute();
    await expectExact();
  });

  it('stays exact through an import transaction, and a failed one changes nothing', async () => {
    await h.db.transaction().execute(async (trx) => {
      for (const unit of ['U2', 'U4', 'U6']) await saveValues(trx, 2024, id[unit], cells(), 'import');
      await saveValues(trx, 2023, id.U7, [{ item: 'M1', option: '', value: null }], 'import');
    });
    await expectExact();
    const before = await cityByArea();
    await expect(
      h.db.transaction().execute(async (trx) => {
        await saveValues(trx, 2024, id.U3, cells(), 'import');
        await trx.updateTable('ind_units').set({ area_code: '211104002' }).where('id', '=', id.U6).execute();
        throw new Error('row 7: bad value');
      }),
    ).rejects.toThrow('row 7');
    expect(await cityByArea()).toEqual(before);
    await expectExact();
  });

  it('stays exact after a bulk import of many units’ forms (rollups kept once per import), and a failed one changes nothing', async () => {
    const stored = async () =>
      (
        await sql<{
          v: string;
        }>`select string_agg(concat_ws('/', year, unit_id, item_code, option_code, value,
          text_value), ',' order by year, unit_id, item_code, option_code) as v from ind_values`.execute(h.db)
      ).rows[0].v;
    const formOf = (unit: string): UnitValueCell[] => cells().map((c) => ({ ...c, unitId: id[unit] }));
    // every unit's 2023 form again (new, changed and emptied figures), reports in every stage among them
    const bulk = Object.keys(id).flatMap((u) => [
      ...formOf(u),
      { unitId: id[u], item: 'L1', option: '', value: null }, // an emptied "latest" figure: 2022's holds
    ]);
    const states = async () =>
      (await h.db.selectFrom('ind_reports').select(['unit_id', 'state']).where('year', '=', 2023).execute())
        .map((r) => r.state)
        .sort();
    expect(await states()).toContain('accepted');
    await h.db.transaction().execute(async (trx) => {
      await importValues(trx, 2023, bulk, 'import');
      // the trigger is back on for the rest of the transaction
      await saveValues(trx, 2024, id.U1, [{ item: 'S1', option: 'female', value: 4.5 }], 't');
    });
    expect(await states()).toEqual(Object.keys(id).map(() => 'draft')); // every imported report back to draft
    await expectExact();
    await importValues(h.db, 2022, [...formOf('U5'), ...formOf('U3')], 'import'); // outside a transaction too
    await expectExact();

    const [figures, byArea] = [await stored(), await cityByArea()];
    await expect(
      h.db.transaction().execute(async (trx) => {
        await importValues(trx, 2024, [...formOf('U2'), ...formOf('U6')], 'import');
        throw new Error('row 9: bad value');
      }),
    ).rejects.toThrow('row 9');
    expect(await stored()).toBe(figures);
    expect(await cityByArea()).toEqual(byArea);
    await saveValues(h.db, 2024, id.U2, [{ item: 'S1', option: 'male', value: 7 }], 't'); // triggers still on
    await expectExact();
  });

  it('forgets a deleted unit’s figures', async () => {
    await h.db.deleteFrom('ind_units').where('id', '=', id.U4).execute();
    await expectExact();
  });

  it('is rebuilt by stage from the stored figures by the migration, whose down() goes back to the rollups without stages', async () => {
    const before = await cityByArea();
    const raw = h.db as unknown as Kysely<unknown>;
    const stageColumns = async () =>
      Number(
        (
          await sql<{ n: string }>`select count(*) as n from information_schema.columns
            where table_schema = current_schema() and table_name like 'ind_rollup%' and column_name = 'stage'`.execute(
            h.db,
          )
        ).rows[0].n,
      );
    expect(await stageColumns()).toBe(2);
    await rollupMigration.down(raw);
    expect(await stageColumns()).toBe(0);
    await rollupMigration.up(raw);
    expect(await stageColumns()).toBe(2);
    expect(await cityByArea()).toEqual(before);
    await expectExact();
  });
});
