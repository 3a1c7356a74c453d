// A refused exchange file lists every problem at once, each on the row the file shows it on (a CSV's header is row 1,
// as in Excel), and a CSV export carries names beside codes yet reads back unchanged; on each engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;
type Row = Record<string, unknown>;
type Issue = { row: number; column: string; code: string; path: string };
const where = (issues: Issue[]) => issues.map((i) => [i.row, i.column, i.code]);
const linesOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe.each(engines)('every problem of an exchange file at once on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  }, 300_000); // migrate + seed: slow on PGlite when the 2 cores are shared
  afterAll(() => t?.close());
  const post = (set: string, body: string | object, dryRun = true, year?: number) =>
    t.as('office', {
      method: 'POST',
      url: `/api/indicators/import/${set}?dryRun=${dryRun}${year ? `&year=${year}` : ''}`,
      ...(typeof body === 'string'
        ? { headers: { 'content-type': 'text/csv' }, payload: body }
        : { payload: body }),
    });
  const exported = (set: string, format: 'csv' | 'json', year?: number) =>
    t.as('office', {
      method: 'GET',
      url: `/api/indicators/export/${set}?format=${format}${year ? `&year=${year}` : ''}`,
    });
  const p01 = async () =>
    ((await exported('values', 'json', YEAR)).json().rows as Row[]).find(
      (r) => r.unit === 'U0001' && r.item === 'P01',
    );

  it('values CSV: a duplicate row, an unknown unit and a bad number are all named, on the rows Excel shows', async () => {
    const before = await p01();
    const csv = [
      'year,unit,单位名称,item,option,value', // row 1
      `${YEAR},U0001,"盘锦\n某单位",P01,,12`, // row 2 (a quoted line break stays in one row)
      `${YEAR},U0001,,P01,,13`, // row 3: the same figure again
      '', // row 4: blank
      `${YEAR},NOPE,,P011,,1`, // row 5: no such unit
      `${YEAR},U0001,,P02,,十二`, // row 6: not a number
    ].join('\r\n');
    const res = await post('values', csv, false);
    expect(res.statusCode).toBe(400);
    const { code, details } = res.json().error;
    expect(code).toBe('indicators.import_invalid');
    expect(where(details.issues)).toEqual([
      [3, 'unit', 'ind.exchange.duplicate_key'],
      [5, 'unit', 'ind.exchange.unknown_unit'],
      [6, 'value', 'ind.value.not_a_number'],
    ]);
    expect(details.count).toBe(3);
    expect(details.issues[0].params).toMatchObject({ row: 3, firstRow: 2 });
    expect(details.issues.map((i: Issue) => i.path)).toEqual(['rows.1.unit', 'rows.2.unit', 'rows.3.value']);
    expect(await p01()).toEqual(before);
  });

  it('values JSON: the same three problems, numbered by their place in rows', async () => {
    const rows = [
      { unit: 'U0001', item: 'P01', option: '', value: 12 },
      { unit: 'U0001', item: 'P01', option: '', value: 13 },
      { unit: 'NOPE', item: 'P011', option: '', value: 1 },
      { unit: 'U0001', item: 'P02', option: '', value: '十二' },
    ];
    const res = await post('values', { format: 'kepu-indicator-values/1', year: YEAR, rows });
    expect(where(res.json().error.details.issues)).toEqual([
      [2, 'unit', 'ind.exchange.duplicate_key'],
      [3, 'unit', 'ind.exchange.unknown_unit'],
      [4, 'value', 'ind.value.not_a_number'],
    ]);
  });

  it('schools CSV: a row the schema refuses does not hide a duplicate or an unknown area on other rows', async () => {
    const csv = [
      'areaCode,name,level,urbanRural,counsellors',
      '211104,甲校,primary,urban,1',
      '211104,甲校,primary,urban,2',
      '211104,乙校,primary,urban,x',
      '999999,丙校,primary,rural,1',
    ].join('\n');
    expect(where((await post('schools', csv)).json().error.details.issues)).toEqual([
      [3, 'areaCode', 'ind.exchange.duplicate_key'],
      [4, 'counsellors', 'zod.invalid_type'],
      [5, 'areaCode', 'ind.area.unknown'],
    ]);
  });

  it('a row of another year is listed with the other problems of the file', async () => {
    const csv = ['year,unit,item,option,value', `${YEAR},NOPE,P01,,1`, `${YEAR - 1},U0001,P02,,2`].join('\n');
    expect(where((await post('values', csv)).json().error.details.issues)).toEqual([
      [2, 'unit', 'ind.exchange.unknown_unit'],
      [3, 'year', 'ind.csv.one_year_per_file'],
    ]);
  });

  it('a values export names each unit, item and option beside its code, and imports back unchanged', async () => {
    const year = YEAR - 1; // the demo's filed year
    const res = await exported('values', 'csv', year);
    const lines = linesOf(res.body);
    expect(lines[0]).toBe('year,unit,单位名称,item,指标名称,option,细分名称,value');
    const json = (await exported('values', 'json', year)).json().rows as Row[];
    expect(lines).toHaveLength(json.length + 1);
    const units = new Map(
      ((await exported('units', 'json')).json().rows as Row[]).map((u) => [u.code, u.name]),
    );
    const items = new Map(
      ((await exported('items', 'json', year)).json().rows as Row[]).map((i) => [i.code, i.zh]),
    );
    const first = json[0];
    expect(lines[1]).toBe(
      `${year},${first.unit},${units.get(first.unit)},${first.item},${items.get(first.item)},${first.option},,${first.value}`,
    );
    const farmers = json.findIndex((r) => r.option === 'farmers');
    expect(lines[farmers + 1]).toContain(
      `,${json[farmers].item},${items.get(json[farmers].item)},farmers,农民,`,
    );
    const again = await post('values', res.body, true, year);
    expect(again.json().summary).toEqual({ add: 0, update: 0, delete: 0, unchanged: json.length });
  });

  it('schools, populations and overrides carry the area or target name; a name a spreadsheet would run stays text', async () => {
    const schools = linesOf((await exported('schools', 'csv')).body);
    expect(schools[0]).toBe('areaCode,地区名称,name,level,urbanRural,counsellors');
    expect(schools.some((l) => l.startsWith('211104,大洼区,'))).toBe(true);
    expect(linesOf((await exported('populations', 'csv')).body)[0]).toBe(
      'areaCode,地区名称,year,population,source',
    );
    expect(linesOf((await exported('overrides', 'csv')).body)[0]).toBe(
      'code,目标名称,targetYear,status,reason,by',
    );
    // a unit renamed to something Excel would run as a formula: the name column neutralises it, the file reads back
    const units = (await exported('units', 'json')).json();
    const renamed = units.rows.map((u: Row) =>
      u.code === 'U0001' ? { ...u, name: '=HYPERLINK("http://x","y")' } : u,
    );
    expect((await post('units', { ...units, rows: renamed }, false)).statusCode).toBe(200);
    const values = await exported('values', 'csv', YEAR - 1);
    expect(values.body).toContain(`${YEAR - 1},U0001,"'=HYPERLINK(""http://x"",""y"")",`);
    expect((await post('values', values.body, true, YEAR - 1)).json().summary).toEqual({
      add: 0,
      update: 0,
      delete: 0,
      unchanged: Number(values.headers['x-row-count']),
    });
  });
});
