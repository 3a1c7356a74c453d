// Every data set by codes on each engine: export → import is a no-op, one edited row is exactly the change a dry run
// names (and stores nothing) and a real import stores, a bad row is refused naming row and column, and who may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;
type Row = Record<string, unknown>;
interface Case {
  set: string;
  yearly?: boolean;
  /** Picks the row to edit and returns the edited copy, and which column changed. */
  edit(rows: Row[]): { index: number; row: Row; field: string };
  bad: { column: string; value: unknown };
  /** Someone signed in who may not import this set. */
  outsider: string;
}

const cases: Case[] = [
  {
    set: 'items',
    yearly: true,
    edit: (rows) => ({ index: 3, row: { ...rows[3], zh: `${rows[3].zh}(修订)` }, field: 'zh' }),
    bad: { column: 'group', value: 'Z' },
    outsider: 'viewer',
  },
  {
    set: 'rules',
    yearly: true,
    edit: (rows) => ({ index: 1, row: { ...rows[1], severity: rows[1].severity === 'hard' ? 'soft' : 'hard' }, field: 'severity' }),
    bad: { column: 'left', value: 'NOPE + 1' },
    outsider: 'edu',
  },
  {
    set: 'computed',
    yearly: true,
    edit: (rows) => ({ index: 0, row: { ...rows[0], factor: 100 }, field: 'factor' }),
    bad: { column: 'numerator', value: 'XX9 + POP' },
    outsider: 'dawa',
  },
  {
    set: 'units',
    edit: (rows) => ({ index: 2, row: { ...rows[2], name: `${rows[2].name}(新名)` }, field: 'name' }),
    bad: { column: 'areaCode', value: '999999' },
    outsider: 'kexie',
  },
  {
    set: 'populations',
    edit: (rows) => ({ index: 0, row: { ...rows[0], population: Number(rows[0].population) + 7 }, field: 'population' }),
    bad: { column: 'population', value: -1 },
    outsider: 'edu',
  },
  {
    set: 'kpi',
    edit: (rows) => {
      const index = rows.findIndex((r) => r.sourceKind === 'published');
      return { index, row: { ...rows[index], citation: '规划纲要 第 2 页' }, field: 'citation' };
    },
    bad: { column: 'se', value: null },
    outsider: 'viewer',
  },
  {
    set: 'schools',
    edit: (rows) => ({ index: 4, row: { ...rows[4], counsellors: Number(rows[4].counsellors) + 3 }, field: 'counsellors' }),
    bad: { column: 'level', value: 'university' },
    outsider: 'kexie',
  },
  {
    set: 'targets',
    edit: (rows) => ({ index: 0, row: { ...rows[0], en: 'Share of citizens with science literacy' }, field: 'en' }),
    bad: { column: 'direction', value: 'up' },
    outsider: 'dawa',
  },
];

describe.each(engines)('data set exchange on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  }, 300_000); // migrate + seed: slow on PGlite when the 2 cores are shared
  afterAll(() => t?.close());
  const q = (c: Case) => (c.yearly ? `year=${YEAR}&` : '');
  const exportJson = async (c: Case) => {
    const res = await t.as('office', { method: 'GET', url: `/api/indicators/export/${c.set}?${q(c)}format=json` });
    expect(res.statusCode).toBe(200);
    return res.json() as { format: string; rows: Row[] };
  };
  const post = (user: string | null, c: Case, body: string | object, dryRun: boolean) =>
    t.as(user, {
      method: 'POST',
      url: `/api/indicators/import/${c.set}?${q(c)}dryRun=${dryRun}`,
      ...(typeof body === 'string' ? { headers: { 'content-type': 'text/csv' }, payload: body } : { payload: body }),
    });

  describe.each(cases)('$set', (c) => {
    it('round-trips: its own JSON and CSV export imports as no change', async () => {
      const doc = await exportJson(c);
      expect(doc.format).toBe(`kepu-${c.set}/1`);
      expect(doc.rows.length).toBeGreaterThan(0);
      const json = await post('office', c, doc, true);
      expect(json.statusCode).toBe(200);
      expect(json.json().summary).toEqual({ add: 0, update: 0, delete: 0, unchanged: doc.rows.length });
      const csv = await t.as('office', { method: 'GET', url: `/api/indicators/export/${c.set}?${q(c)}format=csv` });
      expect(csv.body.startsWith('\uFEFF')).toBe(true);
      expect(csv.headers['content-type']).toContain('text/csv');
      const again = await post('office', c, csv.body, true);
      expect(again.json().summary).toEqual({ add: 0, update: 0, delete: 0, unchanged: doc.rows.length });
      // without the BOM, as a spreadsheet may save it
      expect((await post('office', c, csv.body.slice(1), true)).json().summary.unchanged).toBe(doc.rows.length);
    });

    it('names exactly the edited row in a dry run, stores nothing, then stores it for real with one audit entry', async () => {
      const doc = await exportJson(c);
      const { index, row, field } = c.edit(doc.rows);
      const rows = doc.rows.map((r, k) => (k === index ? row : r));
      const dry = (await post('office', c, { ...doc, rows }, true)).json();
      expect(dry.summary).toEqual({ add: 0, update: 1, delete: 0, unchanged: rows.length - 1 });
      expect(dry.changes).toHaveLength(1);
      expect(dry.changes[0]).toMatchObject({ change: 'update', fields: [field], before: doc.rows[index], after: row });
      expect((await exportJson(c)).rows).toEqual(doc.rows);
      const real = await post('office', c, { ...doc, rows }, false);
      expect(real.statusCode).toBe(200);
      expect((await exportJson(c)).rows[index]).toEqual(row);
      expect((await post('office', c, { ...doc, rows }, true)).json().summary.update).toBe(0);
      const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=indicator_exchange' })).json();
      expect(audit.items[0].action).toBe(`indicators.${c.set}.import`);
    });

    it('refuses a bad row naming its row and column, and stores nothing', async () => {
      const doc = await exportJson(c);
      const rows = doc.rows.map((r, k) => (k === 1 ? { ...r, [c.bad.column]: c.bad.value } : r));
      const res = await post('office', c, { ...doc, rows }, false);
      expect(res.statusCode).toBe(400);
      const issues = res.json().error.details.issues;
      expect(issues[0]).toMatchObject({ row: 2, column: c.bad.column, path: `rows.1.${c.bad.column}` });
      expect(res.json().error.message).toContain(`row 2, column ${c.bad.column}`);
      expect((await exportJson(c)).rows).toEqual(doc.rows);
    });

    it('needs a session (401) and the right role (403)', async () => {
      const doc = await exportJson(c);
      expect((await post(null, c, doc, true)).statusCode).toBe(401);
      expect((await post(c.outsider, c, doc, true)).statusCode).toBe(403);
      expect((await t.as(null, { method: 'GET', url: `/api/indicators/export/${c.set}?${q(c)}` })).statusCode).toBe(401);
    });
  });

  it('a year’s rules are replaced as a whole: a rule left out is reported as a delete, then deleted', async () => {
    const c = cases[1];
    const doc = await exportJson(c);
    const gone = doc.rows[doc.rows.length - 1];
    const rows = doc.rows.slice(0, -1);
    const dry = (await post('office', c, { ...doc, rows }, true)).json();
    expect(dry.summary).toMatchObject({ add: 0, update: 0, delete: 1 });
    expect(dry.changes).toEqual([{ change: 'delete', key: gone.code, before: gone }]);
    expect((await exportJson(c)).rows).toHaveLength(doc.rows.length);
    await post('office', c, { ...doc, rows }, false);
    expect((await exportJson(c)).rows.map((r) => r.code)).toEqual(rows.map((r) => r.code));
  });

  it('adds a school by CSV, names unknown codes, and lets the education bureau (not another liaison) keep schools', async () => {
    const c = cases[6];
    const head = 'areaCode,name,level,urbanRural,counsellors';
    const add = `${head}\r\n211104,盘锦市大洼区实验小学(新校区),primary,urban,2\r\n`;
    const dry = (await post('edu', c, add, true)).json();
    expect(dry.summary).toMatchObject({ add: 1, update: 0 });
    expect((await post('edu', c, add, false)).statusCode).toBe(200);
    expect((await exportJson(c)).rows.some((r) => r.name === '盘锦市大洼区实验小学(新校区)')).toBe(true);
    const res = await post('office', c, `${head}\n211104,甲校,primary,urban,1\n999999,乙校,primary,rural,1\n`, true);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      {
        path: 'rows.1.areaCode',
        row: 3,
        column: 'areaCode',
        message: 'no area 999999',
        code: 'ind.area.unknown',
        params: { row: 3, column: 'areaCode', areaCode: '999999' },
      },
    ]);
    const header = await post('office', c, 'areaCode,name\n211104,甲校', true);
    expect(header.json().error.details.issues[0]).toMatchObject({ path: 'line 1' });
  });

  it('a district enters populations only inside its area', async () => {
    const c = cases[4];
    const csv = (area: string) => `areaCode,year,population,source\r\n${area},2023,400000,区统计公报\r\n`;
    expect((await post('dawa', c, csv('211104'), true)).json().summary).toMatchObject({ add: 1 });
    const outside = await post('dawa', c, csv('211102'), true);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.message).toContain('row 2, column areaCode');
  });

  it('links a new reporting unit to its plan unit by name, and names an unknown plan unit', async () => {
    const c = cases[3];
    const head = 'code,name,deptType,areaCode,planUnit';
    const ok = await post('office', c, `${head}\nX0001,测试单位,government,211100,市教育局\n`, false);
    expect(ok.json().summary).toMatchObject({ add: 1 });
    expect((await exportJson(c)).rows.find((r) => r.code === 'X0001')).toMatchObject({ planUnit: '市教育局' });
    const bad = await post('office', c, `${head}\nX0002,测试单位二,government,211100,不存在的局\n`, true);
    expect(bad.json().error.details.issues[0]).toMatchObject({ row: 2, column: 'planUnit' });
  });

  it('answers odd input with a 4xx naming the place, never a 5xx', async () => {
    const units = cases[3];
    const head = 'code,name,deptType,areaCode,planUnit';
    const odd = [
      await t.as('office', { method: 'POST', url: '/api/indicators/import/nope?dryRun=true', payload: {} }),
      await post('office', units, { format: 'kepu-units/1', rows: [5] }, true),
      await post('office', units, { format: 'kepu-schools/1', rows: [] }, true),
      await post('office', units, `${head}\nX9,名\u0000称,government,211100,\n`, true),
      await post('office', units, `${head}\n`, false),
      await post('office', cases[7], 'code,zh,en,unit,direction,naturalLimit,baselineYear,baselineValue,history,targets,source\nK_X,甲,A,%,increase,,,,[oops,[],源\n', true),
    ];
    expect(odd.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 200, 400]);
    expect(odd[1].json().error.details.issues[0]).toMatchObject({ row: 1 });
    expect(odd[2].json().error.message).toContain('kepu-units/1');
    expect(odd[4].json().summary).toEqual({ add: 0, update: 0, unchanged: 0, delete: 0 });
    expect(odd[5].json().error.details.issues[0]).toMatchObject({ row: 2, column: 'history' });
  });

  it('the values are one of the sets, at the old and the new URL', async () => {
    const a = await t.as('office', { method: 'GET', url: `/api/indicators/export/values?year=${YEAR}` });
    const b = await t.as('office', { method: 'GET', url: `/api/indicators/export?year=${YEAR}` });
    expect(a.json()).toEqual(b.json());
    const res = await t.as('office', { method: 'GET', url: '/api/indicators/export/items' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('year: this data set is per year');
  });
});
