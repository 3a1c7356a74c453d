// Indicators over HTTP on each engine: the form as data, filing with rules, the approval chain with locks,
// the Excel round trip, and totals that change as soon as a figure is saved.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorDemoAccounts } from '../src/indicators/demo-seed.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const balanced = [
  { item: 'F011', value: 60000 },
  { item: 'F0111', value: 30000 },
  { item: 'F012', value: 10000 },
  { item: 'F013', value: 20000 },
  { item: 'F014', value: 0 },
];

describe.each(engines)('indicators API on $name', ({ open }) => {
  let t: TestApp;
  let unitId: number;
  let login: (u: string) => Promise<string>;
  const as = (
    user: string | null,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
  ) => t.as(user, { method, url, ...(payload === undefined ? {} : { payload: payload as never }) });
  const url = (suffix = '') => `/api/indicators/reports/${YEAR}/${unitId}${suffix}`;

  beforeAll(async () => {
    t = await startTestApp(open);
    const a = indicatorDemoAccounts[0];
    // the harness knows the foundation's demo accounts; sign the indicator liaison in by hand
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.username, password: a.password },
    });
    const cookie = `kepu_session=${res.cookies.find((c) => c.name === 'kepu_session')?.value}`;
    login = async (u) => (u === a.username ? cookie : t.login(u));
    t.as = async (username, o) =>
      t.app.inject({
        ...o,
        headers: { ...o.headers, ...(username ? { cookie: await login(username) } : {}) },
      });
    const units = (await as('dawa-kexie', 'GET', '/api/indicators/units')).json() as {
      id: number;
      name: string;
    }[];
    expect(units.map((u) => u.name)).toEqual(['大洼区科协']);
    unitId = units[0].id;
  });
  afterAll(() => t?.close());

  describe('the form as data', () => {
    it('ships the six groups with the funding balance and venue items, for each year', async () => {
      const res = await as(null, 'GET', `/api/indicators/forms/${YEAR}`);
      expect(res.statusCode).toBe(200);
      const form = res.json();
      expect(new Set(form.items.map((i: { group: string }) => i.group)).size).toBe(6);
      expect(form.items.length).toBeGreaterThanOrEqual(40);
      expect(form.rules.find((r: { code: string }) => r.code === 'R_F01_BALANCE').right).toBe(
        'F011 + F012 + F013 + F014',
      );
      expect((await as(null, 'GET', `/api/indicators/forms/${YEAR - 2}`)).statusCode).toBe(200);
      expect((await as(null, 'GET', '/api/indicators/forms/1999')).statusCode).toBe(400);
      expect((await as(null, 'GET', '/api/indicators/forms/2001')).json().error.code).toBe(
        'indicators.form.not_found',
      );
    });
    it('lets the office add, retire and reorder an item for one year without touching other years', async () => {
      const item = {
        code: 'A08',
        group: 'A',
        zh: '科普日活动次数',
        en: 'Science day events',
        valueType: 'integer',
        aggregation: 'sum',
        unit: '次',
        position: 1,
      };
      expect((await as('edu', 'POST', `/api/indicators/forms/${YEAR}/items`, item)).statusCode).toBe(403);
      const added = await as('office', 'POST', `/api/indicators/forms/${YEAR}/items`, item);
      expect(added.statusCode).toBe(200);
      expect(added.json().items[0].code).toBe('A08');
      expect((await as('office', 'POST', `/api/indicators/forms/${YEAR}/items`, item)).statusCode).toBe(409);
      const retired = await as('office', 'PATCH', `/api/indicators/forms/${YEAR}/items/A08`, {
        retired: true,
      });
      expect(retired.json().items.find((i: { code: string }) => i.code === 'A08').retired).toBe(true);
      const order = await as('office', 'POST', `/api/indicators/forms/${YEAR}/order`, {
        codes: ['E01', 'P01'],
      });
      expect(
        order
          .json()
          .items.slice(0, 2)
          .map((i: { code: string }) => i.code),
      ).toEqual(['E01', 'P01']);
      const older = (await as(null, 'GET', `/api/indicators/forms/${YEAR - 1}`)).json();
      expect(older.items.some((i: { code: string }) => i.code === 'A08')).toBe(false);
      expect(older.items[0].code).toBe('P01');
      const audit = (await as('office', 'GET', '/api/audit?entity=indicator_item')).json();
      expect(audit.items.map((i: { action: string }) => i.action)).toEqual(
        expect.arrayContaining(['indicators.item.add', 'indicators.item.update']),
      );
    });
    it('adds a rule over item codes and names the side it cannot read', async () => {
      const rule = {
        code: 'R_TEST',
        left: 'A031',
        op: '<=',
        right: '1000*A03',
        severity: 'soft',
        zh: '每场竞赛超过千人',
        en: 'over 1,000 per contest',
      };
      expect((await as('office', 'POST', `/api/indicators/forms/${YEAR}/rules`, rule)).statusCode).toBe(200);
      const bad = await as('office', 'POST', `/api/indicators/forms/${YEAR}/rules`, {
        ...rule,
        code: 'R_BAD',
        right: 'NOPE9 +',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0].path).toBe('body.right');
      const unknown = await as('office', 'POST', `/api/indicators/forms/${YEAR}/rules`, {
        ...rule,
        code: 'R_BAD2',
        left: 'ZZ1',
      });
      expect(unknown.json().error.message).toContain('no item ZZ1');
    });
  });

  describe('filing, checks and approval', () => {
    it('names the item of a bad figure and keeps other units out', async () => {
      const bad = await as('dawa-kexie', 'PUT', url('/values'), { values: [{ item: 'P01', value: 2.5 }] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0]).toMatchObject({
        path: 'body.values.0.value',
        item: 'P01',
        message: 'P01: must be a whole number',
      });
      expect(
        (await as('edu', 'PUT', url('/values'), { values: [{ item: 'P01', value: 3 }] })).statusCode,
      ).toBe(403);
      expect((await as('edu', 'GET', url())).statusCode).toBe(403);
    });
    it('blocks submission on a hard rule, then asks for an explanation of a soft one', async () => {
      // 筹集额 100 000 but its sources add up to 90 000
      const saved = await as('dawa-kexie', 'PUT', url('/values'), {
        values: [
          { item: 'F01', value: 100000 },
          ...balanced,
          { item: 'F02', value: 95000 },
          { item: 'F022', value: 95000 },
        ],
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().report.state).toBe('draft');
      expect(saved.json().violations.map((v: { rule: string }) => v.rule)).toEqual(['R_F01_BALANCE']);
      const hard = await as('dawa-kexie', 'POST', url('/submit'), {});
      expect(hard.statusCode).toBe(400);
      expect(hard.json().error).toMatchObject({ code: 'indicators.rules_failed' });
      expect(hard.json().error.details.violations[0]).toMatchObject({
        rule: 'R_F01_BALANCE',
        left: 100000,
        right: 90000,
      });
      // fix the balance; spending 95 000 now exceeds 90 000 raised: a soft rule
      await as('dawa-kexie', 'PUT', url('/values'), { values: [{ item: 'F01', value: 90000 }] });
      const soft = await as('dawa-kexie', 'POST', url('/submit'), {});
      expect(soft.json().error).toMatchObject({ code: 'indicators.explanation_required' });
      expect(soft.json().error.details.issues[0].path).toBe('body.explanations.R_F02_VS_F01');
      const ok = await as('dawa-kexie', 'POST', url('/submit'), {
        explanations: { R_F02_VS_F01: '使用了上年结余 5000 元' },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        state: 'submitted',
        lock: { by: 'dawa-kexie', reason: 'submitted' },
      });
      const locked = await as('dawa-kexie', 'PUT', url('/values'), { values: [{ item: 'P01', value: 3 }] });
      expect(locked.statusCode).toBe(409);
      expect(locked.json().error.message).toBe('a submitted report cannot be changed');
      // the lock notice names the unit and person, not the login
      expect((await as('office', 'GET', url())).json().report.lock).toMatchObject({
        by: 'dawa-kexie',
        name: '大洼区科协 联络员',
      });
    });
    it('goes back with a reason, comes again, is approved by its district and accepted by the city', async () => {
      expect((await as('dawa', 'POST', url('/return'), { reason: '' })).statusCode).toBe(400);
      const back = await as('dawa', 'POST', url('/return'), { reason: '请核实科普专项经费' });
      expect(back.json()).toMatchObject({
        state: 'returned',
        lock: null,
        returnReason: '请核实科普专项经费',
      });
      await as('dawa-kexie', 'PUT', url('/values'), { values: [{ item: 'F0111', value: 25000 }] });
      expect((await as('dawa-kexie', 'POST', url('/submit'), {})).json().state).toBe('submitted');
      // a district admin elsewhere may not approve
      const xlt = await as('office', 'POST', '/api/users', {
        username: 'xlt',
        displayName: '兴隆台区',
        password: 'kepu-district-2025',
        role: 'district',
        areaCode: '211103',
      });
      expect(xlt.statusCode).toBe(201);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'xlt', password: 'kepu-district-2025' },
      });
      const xltCookie = `kepu_session=${res.cookies.find((c) => c.name === 'kepu_session')?.value}`;
      expect(
        (await t.app.inject({ method: 'POST', url: url('/approve'), headers: { cookie: xltCookie } }))
          .statusCode,
      ).toBe(403);
      expect((await as('office', 'POST', url('/accept'))).statusCode).toBe(409);
      const approved = await as('dawa', 'POST', url('/approve'));
      expect(approved.json()).toMatchObject({ state: 'approved', lock: { by: 'dawa', reason: 'approved' } });
      expect((await as('dawa', 'POST', url('/accept'))).statusCode).toBe(403);
      const accepted = await as('office', 'POST', url('/accept'));
      expect(accepted.json()).toMatchObject({
        state: 'accepted',
        lock: { by: 'office', reason: 'accepted' },
      });
      expect((await as('dawa', 'POST', url('/unlock'), { reason: '改错' })).statusCode).toBe(403);
      const unlocked = await as('office', 'POST', url('/unlock'), { reason: '单位发现录入错误' });
      expect(unlocked.json()).toMatchObject({
        state: 'returned',
        lock: null,
        returnReason: '单位发现录入错误',
      });
      const detail = (await as('dawa-kexie', 'GET', url())).json();
      expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
        'submit',
        'return',
        'submit',
        'approve',
        'accept',
        'unlock',
      ]);
      const audit = (await as('office', 'GET', '/api/audit?entity=indicator_report')).json();
      expect(audit.items[0]).toMatchObject({
        action: 'indicators.report.unlock',
        actor: { username: 'office' },
      });
    });
  });

  describe('Excel round trip', () => {
    async function workbook() {
      const res = await as('dawa-kexie', 'GET', url('/template.xlsx'));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('科普统计');
      if (!ws) throw new Error('no sheet');
      const rowOf = (code: string, option = '') => {
        for (let r = 5; r <= ws.rowCount; r++)
          if (ws.getCell(`A${r}`).value === code && String(ws.getCell(`B${r}`).value ?? '') === option)
            return r;
        throw new Error(`no row ${code}`);
      };
      return { wb, ws, rowOf };
    }
    const upload = async (wb: ExcelJS.Workbook) =>
      t.as('dawa-kexie', {
        method: 'POST',
        url: url('/upload'),
        headers: { 'content-type': XLSX },
        payload: Buffer.from(await wb.xlsx.writeBuffer()),
      });

    it('exports the figures, takes the filled workbook back and saves it', async () => {
      const { wb, ws, rowOf } = await workbook();
      expect(ws.getCell(`E${rowOf('F011')}`).value).toBe(60000);
      ws.getCell(`E${rowOf('P01')}`).value = 7;
      ws.getCell(`E${rowOf('A011', 'farmers')}`).value = 320;
      const res = await upload(wb);
      expect(res.statusCode).toBe(200);
      const values = (await as('dawa-kexie', 'GET', url())).json().values;
      expect(values).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ item: 'P01', value: 7 }),
          expect.objectContaining({ item: 'A011', option: 'farmers', value: 320 }),
        ]),
      );
    });
    it('refuses a workbook with any problem, naming sheet, cell and rule, and changes nothing', async () => {
      const { wb, ws, rowOf } = await workbook();
      ws.getCell(`E${rowOf('P01')}`).value = '七';
      ws.getCell(`E${rowOf('P02')}`).value = 40;
      ws.getCell(`E${rowOf('F01')}`).value = 1;
      const res = await upload(wb);
      expect(res.statusCode).toBe(400);
      const issues = res.json().error.details.issues;
      expect(issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            sheet: '科普统计',
            cell: `E${rowOf('P01')}`,
            message: '"七" is not a number',
          }),
          expect.objectContaining({
            sheet: '科普统计',
            rule: 'R_F01_BALANCE',
            cell: expect.stringContaining(`E${rowOf('F01')}`),
          }),
        ]),
      );
      const values = (await as('dawa-kexie', 'GET', url())).json().values;
      expect(values.find((v: { item: string }) => v.item === 'P01').value).toBe(7);
      expect(values.find((v: { item: string }) => v.item === 'P02')).toBeUndefined();
    });
    it('lists a duplicate row, an unknown item and bad numbers at once, each in the cell Excel shows', async () => {
      const { wb, ws, rowOf } = await workbook();
      const last = ws.rowCount;
      ws.getCell(`E${rowOf('P02')}`).value = '二十';
      ws.getRow(last + 1).values = ['P01', '', '', '', 5]; // P01 again
      ws.getRow(last + 2).values = ['ZZ99', '', '', '', 1]; // no such item
      ws.getRow(last + 3).values = ['P011', '', '', '', 'abc']; // P011 again, and not a number
      const res = await upload(wb);
      expect(res.statusCode).toBe(400);
      const { details } = res.json().error;
      const cells = details.issues.map((i: { cell: string; code: string }) => [i.cell, i.code]);
      expect(cells).toEqual(
        expect.arrayContaining([
          [`A${last + 1}`, 'ind.xlsx.duplicate_row'],
          [`A${last + 2}`, 'ind.value.unknown_item'],
          [`E${rowOf('P02')}`, 'ind.value.not_a_number'],
          [`A${last + 3}`, 'ind.xlsx.duplicate_row'],
          [`E${last + 3}`, 'ind.value.not_a_number'],
        ]),
      );
      expect(details.issues.find((i: { cell: string }) => i.cell === `A${last + 1}`).params).toMatchObject({
        row: last + 1,
        firstRow: rowOf('P01'),
      });
    });
    it('refuses a filled template with a cell at row 1,048,576, saying the sheet has too many rows', async () => {
      const { wb, ws } = await workbook();
      ws.getCell('A1048576').value = 'P01';
      const res = await upload(wb);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0]).toMatchObject({ code: 'ind.xlsx.too_many_rows', params: { rows: 1_048_576 } });
    });
    it('refuses a workbook made for another unit, naming the cell', async () => {
      const { wb, ws } = await workbook();
      ws.getCell('B2').value = 'U0001';
      const res = await upload(wb);
      expect(res.json().error.details.issues[0]).toMatchObject({ cell: 'B2' });
    });
  });

  describe('analysis is fresh on save', () => {
    it('shows a saved figure to the office at once (every saved figure) and to everyone once accepted, with derived figures and year-on-year', async () => {
      const pivot = async (who: string, stage = '') =>
        (await as(who, 'GET', `/api/indicators/pivot?year=${YEAR}&rows=area&cols=item&items=P01${stage}`))
          .json()
          .cells.find((c: { area: string }) => c.area === '211104')?.value ?? 0;
      const before = await pivot('office', '&stage=all');
      const published = await pivot('viewer');
      await as('dawa-kexie', 'PUT', url('/values'), { values: [{ item: 'P01', value: 107 }] });
      expect(await pivot('office', '&stage=all')).toBe(before + 100);
      expect(await pivot('viewer')).toBe(published); // a draft is not a published figure
      const map = (
        await as('office', 'GET', `/api/indicators/figures?year=${YEAR}&figure=C_STAFF_PER_10K&stage=all`)
      ).json();
      const dawa = map.areas.find((a: { code: string }) => a.code === '211104');
      // (P01 + P02) / 422 797 × 10 000
      expect(dawa.value).toBeCloseTo((dawa.numerator / 422797) * 10000, 6);
      expect(dawa.population).toMatchObject({ population: 422797, year: 2020 });
      expect(map.areas.map((a: { code: string }) => a.code)).toEqual(
        expect.arrayContaining(['211102', '211103', '211122', '211100Z1', '211100Z2']),
      );
      const last = (
        await as('viewer', 'GET', `/api/indicators/figures?year=${YEAR - 1}&figure=F0111`)
      ).json();
      expect(last.previousYear).toBe(YEAR - 2);
      expect(last.root.yoy).toBeCloseTo(
        ((last.root.value - last.root.previous) / last.root.previous) * 100,
        6,
      );
      expect((await as(null, 'GET', `/api/indicators/pivot?year=${YEAR}`)).statusCode).toBe(401);
      expect((await as('viewer', 'GET', `/api/indicators/pivot?year=${YEAR}&rows=nope`)).statusCode).toBe(
        400,
      );
    });
    it('computes completeness and timeliness per area and department type', async () => {
      const res = (await as('office', 'GET', `/api/indicators/completeness?year=${YEAR - 1}`)).json();
      const total = res.byArea.reduce((s: number, r: { expected: number }) => s + r.expected, 0);
      expect(total).toBeGreaterThan(50);
      expect(res.byArea.every((r: { completeness: number }) => r.completeness === 100)).toBe(true);
      expect(res.byDeptType.map((r: { key: string }) => r.key)).toEqual(
        expect.arrayContaining(['government', 'school', 'mass_org']),
      );
    });
  });
});
