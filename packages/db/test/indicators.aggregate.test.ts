// Aggregation straight from stored values, up a 4-level area tree (province → city → district → town), on each engine.
import type { FormDefinition, ValueCell } from '@kepu/domain/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregate,
  assignReports,
  completeness,
  type DatabaseHandle,
  insertAreas,
  insertIndUnits,
  installForm,
  openTestDatabases,
  saveValues,
  updateReport,
} from '../src/index.ts';

/** the jurisdiction these statistics belong to */
const PANJIN = '211100';

const form = (year: number): FormDefinition => ({
  format: 'kepu-indicator-form/1',
  year,
  title: `test ${year}`,
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
    {
      code: 'S1',
      group: 'P',
      zh: '人员',
      en: 'Staff',
      valueType: 'integer',
      aggregation: 'sum',
      measure: 'stock',
      unit: '人',
      breakdown: 'sex',
      parent: null,
      retired: false,
    },
    {
      code: 'L1',
      group: 'V',
      zh: '场馆',
      en: 'Venues',
      valueType: 'integer',
      aggregation: 'latest',
      measure: 'stock',
      unit: '个',
      breakdown: null,
      parent: null,
      retired: false,
    },
    {
      code: 'M1',
      group: 'E',
      zh: '比例',
      en: 'Share',
      valueType: 'percentage',
      aggregation: 'mean',
      measure: 'flow',
      unit: '%',
      breakdown: null,
      parent: null,
      retired: false,
    },
  ],
  rules: [],
  computed: [],
});

const c = (item: string, value: number, option = ''): ValueCell => ({ item, option, value });

describe.each(openTestDatabases())('indicator aggregation on $name', ({ open }) => {
  let h: DatabaseHandle;
  const id: Record<string, number> = {};
  beforeAll(async () => {
    h = await open();
    const db = h.db;
    await insertAreas(db, [
      { code: '210000', name: '辽宁省', level: 'province', parentCode: null },
      { code: '211100', name: '盘锦市', level: 'city', parentCode: '210000' },
      { code: '211102', name: '双台子区', level: 'district', parentCode: '211100' },
      { code: '211104', name: '大洼区', level: 'district', parentCode: '211100' },
      { code: '211104001', name: '大洼街道', level: 'town', parentCode: '211104' },
    ]);
    for (const y of [2023, 2024])
      await installForm(db, PANJIN, form(y), { opensOn: `${y + 1}-04-01`, dueOn: `${y + 1}-06-30` });
    const rows = await insertIndUnits(db, PANJIN, [
      { code: 'U1', name: '街道科协', deptType: 'government', areaCode: '211104001', orgUnitId: null },
      { code: 'U2', name: '大洼一中', deptType: 'school', areaCode: '211104', orgUnitId: null },
      { code: 'U3', name: '双台子区科协', deptType: 'government', areaCode: '211102', orgUnitId: null },
      { code: 'U4', name: '市科协', deptType: 'government', areaCode: '211100', orgUnitId: null },
    ]);
    for (const r of rows) id[r.code] = r.id;
    for (const y of [2023, 2024])
      await assignReports(db, y, Object.values(id), { opensOn: `${y + 1}-04-01`, dueOn: `${y + 1}-06-30` });
    await saveValues(
      db,
      2023,
      id.U1,
      [c('S1', 10, 'male'), c('S1', 5, 'female'), c('L1', 4), c('M1', 50)],
      't',
    );
    await saveValues(db, 2023, id.U2, [c('S1', 3, 'male'), c('L1', 2), c('M1', 70)], 't');
    await saveValues(db, 2023, id.U3, [c('S1', 7, 'female'), c('M1', 90)], 't');
    await saveValues(db, 2023, id.U4, [c('S1', 1, 'male')], 't');
    await saveValues(db, 2024, id.U1, [c('S1', 20, 'male'), c('M1', 60)], 't');
    await saveValues(db, 2024, id.U2, [c('L1', 6)], 't');
  });
  afterAll(() => h?.close());

  const byArea = async (root: string, item: string, year: number) =>
    Object.fromEntries(
      (await aggregate(h.db, PANJIN, { years: [year], root, dims: ['area'], items: [item] })).map((r) => [
        r.area,
        r.value,
      ]),
    );

  it('sums a staff count at every level of the tree; units at the root itself count under the root', async () => {
    // province: 10 + 5 + 3 + 7 + 1 = 26, all inside 盘锦市
    expect(await byArea('210000', 'S1', 2023)).toEqual({ '211100': 26 });
    // city: 大洼区 = street 15 + school 3 = 18; 双台子区 7; the city's own unit 1
    expect(await byArea('211100', 'S1', 2023)).toEqual({ '211104': 18, '211102': 7, '211100': 1 });
    expect(await byArea('211104', 'S1', 2023)).toEqual({ '211104001': 15, '211104': 3 });
    expect(await byArea('211104001', 'S1', 2023)).toEqual({ '211104001': 15 });
  });

  it('splits totals by a breakdown defined once (sex)', async () => {
    const rows = await aggregate(h.db, PANJIN, {
      years: [2023],
      root: '211100',
      dims: ['area', 'option'],
      items: ['S1'],
    });
    const cell = (area: string, option: string) =>
      rows.find((r) => r.area === area && r.option === option)?.value;
    expect([cell('211104', 'male'), cell('211104', 'female'), cell('211102', 'female')]).toEqual([13, 5, 7]);
    const female = await aggregate(h.db, PANJIN, {
      years: [2023],
      root: '210000',
      dims: [],
      items: ['S1'],
      options: ['female'],
    });
    expect(female[0].value).toBe(12);
  });

  it('carries each unit’s latest stock figure forward (latest), but never a later one back', async () => {
    // 2024: the street kept its 4 venues from 2023, the school now has 6 → 10
    expect(await byArea('211100', 'L1', 2024)).toEqual({ '211104': 10 });
    expect(await byArea('211100', 'L1', 2023)).toEqual({ '211104': 6 });
  });

  it('averages a share over units (mean), at each level', async () => {
    expect(await byArea('211100', 'M1', 2023)).toEqual({ '211104': 60, '211102': 90 });
    expect(await byArea('210000', 'M1', 2023)).toEqual({ '211100': 70 });
  });

  it('totals by department type, item group and year', async () => {
    const dept = await aggregate(h.db, PANJIN, {
      years: [2023],
      root: '211100',
      dims: ['deptType'],
      items: ['S1'],
    });
    expect(Object.fromEntries(dept.map((r) => [r.deptType, r.value]))).toEqual({ government: 23, school: 3 });
    const years = await aggregate(h.db, PANJIN, {
      years: [2023, 2024],
      root: '211100',
      dims: ['year'],
      items: ['S1'],
    });
    expect(Object.fromEntries(years.map((r) => [r.year, r.value]))).toEqual({ 2023: 26, 2024: 20 });
  });

  it('over several years without the year dimension, counts a stock at each unit’s latest year once', async () => {
    const over = async (item: string, stocks?: 'latest', dims: ('area' | 'option')[] = ['area']) =>
      (
        await aggregate(h.db, PANJIN, { years: [2023, 2024], root: '211100', dims, items: [item], stocks })
      ).map((r) => [r.area, r.option, r.value].filter((x) => x !== undefined).join(':'));
    // headcount: the street's 20 of 2024 (not 15 + 20), the school's 3 and the others' 7 and 1 of 2023
    expect((await over('S1', 'latest')).sort()).toEqual(['211100:1', '211102:7', '211104:23']);
    // the street's 2023 breakdown does not come back beside its 2024 one
    expect((await over('S1', 'latest', ['area', 'option'])).sort()).toEqual([
      '211100:male:1',
      '211102:female:7',
      '211104:male:23',
    ]);
    // venues (latest): those holding in 2024 (4 + 6), not 2023's plus 2024's
    expect(await over('L1', 'latest')).toEqual(['211104:10']);
    // a flow (the mean share is not a stock) and the default stay as they were: the years summed
    expect((await over('M1', 'latest')).sort()).toEqual((await over('M1')).sort());
    expect((await over('S1')).sort()).toEqual(['211100:1', '211102:7', '211104:38']);
  });

  it('is fresh as soon as a value is saved, and can be limited to accepted reports', async () => {
    await saveValues(h.db, 2023, id.U3, [c('S1', 9, 'female')], 't');
    expect((await byArea('211100', 'S1', 2023))['211102']).toBe(9);
    await updateReport(h.db, 2023, id.U3, { state: 'accepted' });
    const accepted = await aggregate(h.db, PANJIN, {
      years: [2023],
      root: '211100',
      dims: ['area'],
      items: ['S1'],
      stage: 'accepted',
    });
    expect(accepted).toEqual([{ area: '211102', value: 9, units: 1 }]);
  });

  it('counts completeness and timeliness per area and department type', async () => {
    await updateReport(h.db, 2024, id.U2, {
      state: 'submitted',
      firstSubmittedAt: new Date('2025-06-20T08:00:00Z'),
    });
    await updateReport(h.db, 2024, id.U1, {
      state: 'submitted',
      firstSubmittedAt: new Date('2025-07-03T08:00:00Z'),
    });
    const rows = await completeness(h.db, 2024, '211100', 'submitted');
    const dawa = rows.filter((r) => r.area === '211104');
    expect(dawa.reduce((s, r) => s + r.expected, 0)).toBe(2);
    expect(dawa.reduce((s, r) => s + r.submitted, 0)).toBe(2);
    expect(dawa.reduce((s, r) => s + r.counted, 0)).toBe(2);
    expect(dawa.reduce((s, r) => s + r.onTime, 0)).toBe(1);
    expect(rows.find((r) => r.area === '211102')).toMatchObject({ expected: 1, submitted: 0 });
  });
});
