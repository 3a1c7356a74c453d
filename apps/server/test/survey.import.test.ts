// Responses imported from CSV or Excel on each engine: every problem of the file at once, each on its row (as a spreadsheet
// numbers it) and column, nothing stored unless all rows pass; then the scored-respondent export.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

interface Item {
  code: string;
  kind: 'true_false' | 'single' | 'multiple';
  key: boolean | string | string[];
  options?: { code: string }[];
}

const DISTRICTS = ['211102', '211103', '211104', '211122'];
const FIELDS = ['sex', 'age', 'education', 'occupation', 'urbanRural', 'district', 'targetGroup'];
const person = ['female', '45', 'tertiary', 'professional', 'urban', '211103', 'other'];

describe.each(engines)('survey response import on $name', ({ open }) => {
  let t: TestApp;
  let id: number;
  let items: Item[];
  const cell = (it: Item, right: boolean) => {
    if (it.kind === 'true_false') return (right ? it.key : !it.key) ? '对' : '错';
    if (it.kind === 'single')
      return right ? (it.key as string) : (it.options?.find((o) => o.code !== it.key)?.code ?? '');
    const key = it.key as string[];
    return right ? key.join(';') : (it.options?.find((o) => !key.includes(o.code))?.code ?? '');
  };
  const csv = (rows: string[][], header = ['psu', ...FIELDS, ...items.map((i) => i.code), 'synthetic']) =>
    `\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  const row = (right: boolean, psu = 'P1', synthetic = '0') => [
    psu,
    ...person,
    ...items.map((i) => cell(i, right)),
    synthetic,
  ];
  const upload = (who: string, body: string) =>
    t.as(who, {
      method: 'POST',
      url: `/api/survey/surveys/${id}/responses/import`,
      headers: { 'content-type': 'text/csv' },
      payload: body,
    });

  beforeAll(async () => {
    t = await startTestApp(open);
    const [instrument] = (await t.as('office', { method: 'GET', url: '/api/survey/instruments' })).json();
    items = (
      await t.as('office', { method: 'GET', url: `/api/survey/instruments/${instrument.id}/file` })
    ).json().items;
    id = (
      await t.as('office', {
        method: 'POST',
        url: '/api/survey/surveys',
        payload: { name: '导入测试调查', year: 2026, instrumentId: instrument.id, districts: DISTRICTS },
      })
    ).json().id;
    await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${id}/design`,
      payload: { psus: [{ code: 'P1', district: '211103', probability: 0.1 }] },
    });
    await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${id}/status`,
      payload: { status: 'fieldwork' },
    });
  });
  afterAll(() => t?.close());

  const completed = async () =>
    (await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/fieldwork` })).json().total
      .completed;

  it('refuses a header with an unknown or a missing column, naming them', async () => {
    const header = ['psu', ...FIELDS.filter((f) => f !== 'age'), ...items.map((i) => i.code), 'name'];
    const res = await upload('analyst', csv([], header));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      expect.objectContaining({
        path: 'line 1',
        code: 'survey.import.unknown_column',
        params: { column: 'name' },
      }),
      expect.objectContaining({
        path: 'line 1',
        code: 'survey.import.missing_column',
        params: { column: 'age' },
      }),
    ]);
  });

  it('lists every bad cell by its spreadsheet row and column, and stores none of the file', async () => {
    const good = row(true);
    const badCell = row(true);
    badCell[1 + FIELDS.length] = '也许'; // the first item (true/false) on row 3
    const missing = row(true, 'NOPE');
    missing[2] = ''; // no age on row 4, and an unknown PSU
    const res = await upload('analyst', csv([good, badCell, missing]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('survey.import_invalid');
    const issues = res
      .json()
      .error.details.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`);
    expect(issues).toEqual([
      `rows.3.${items[0].code} survey.import.bad_cell`,
      'rows.4.psu survey.unknown_psu',
      'rows.4.age survey.answer_missing',
    ]);
    expect(await completed()).toBe(0);
  });

  it('stores a clean file in one go, audited, and exports the scored respondents', async () => {
    expect((await upload('interviewer', csv([row(true)]))).statusCode).toBe(403);
    const res = await upload('analyst', csv([row(true), row(false, 'P1', '1'), row(true, '', '1')]));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 3, synthetic: 2 });
    expect(await completed()).toBe(3);
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?action=survey.responses.import' })
    ).json();
    expect(audit.items[0]).toMatchObject({ entityId: String(id), after: { rows: 3, synthetic: 2 } });

    const out = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${id}/respondents.csv` });
    expect(out.statusCode).toBe(200);
    expect(out.headers['x-row-count']).toBe('3');
    const [header, ...lines] = out.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(header).toEqual(
      expect.arrayContaining(['答卷编号', '科学知识得分', '总分', '素质等级', '具备科学素质', '合成数据']),
    );
    const col = (name: string) => header.indexOf(name);
    // all keyed: 100 points, 较高; all wrong: 0, 不具备
    expect(
      lines.map((l) => [l[col('总分')], l[col('素质等级')], l[col('具备科学素质')], l[col('合成数据')]]),
    ).toEqual([
      ['100', '较高', '是', '否'],
      ['0', '不具备', '否', '是'],
      ['100', '较高', '是', '是'],
    ]);
    expect(
      (await t.as('viewer', { method: 'GET', url: `/api/survey/surveys/${id}/respondents.csv` })).statusCode,
    ).toBe(403);
  });

  /** A workbook of the same table; ages as numbers, as Excel keeps them; `gap` leaves sheet row 3 empty. */
  const workbook = async (rows: string[][], gap = false) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('答卷');
    ws.addRow(['psu', ...FIELDS, ...items.map((i) => i.code), 'synthetic']);
    if (gap) ws.addRow([]);
    for (const r of rows) ws.addRow(r.map((c, k) => (k === 2 && c !== '' ? Number(c) : c)));
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const uploadXlsx = (body: Buffer) =>
    t.as('analyst', {
      method: 'POST',
      url: `/api/survey/surveys/${id}/responses/import`,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: body,
    });

  it('takes an Excel file the same way: every bad cell on its sheet row, nothing stored, then all rows', async () => {
    const before = await completed();
    const badCell = row(true);
    badCell[1 + FIELDS.length] = '也许';
    // sheet row 3 is empty, so the rows are 2, 4 and 5
    const res = await uploadXlsx(await workbook([row(true), badCell, row(true, 'NOPE')], true));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
    expect(res.json().error.code).toBe('survey.import_invalid');
    expect(
      res.json().error.details.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`),
    ).toEqual([`rows.4.${items[0].code} survey.import.bad_cell`, 'rows.5.psu survey.unknown_psu']);
    expect(await completed()).toBe(before);

    const broken = await uploadXlsx(Buffer.from('PK\u0003\u0004 not really a workbook'));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toMatch(/^ind\.xlsx\./);

    const ok = await uploadXlsx(await workbook([row(true), row(false, 'P1', '1')]));
    expect(ok.statusCode, ok.body.slice(0, 300)).toBe(200);
    expect(await completed()).toBe(before + 2);
  });
});
