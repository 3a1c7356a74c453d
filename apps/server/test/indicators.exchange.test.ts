// Exchange by codes on each engine: CSV and JSON out, and in with a dry run that says what would change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const YEAR = new Date().getUTCFullYear() - 1;

describe.each(engines)('indicator exchange on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  }, 300_000); // migrate + seed: slow on PGlite when the 2 cores are shared
  afterAll(() => t?.close());
  const post = (user: string, body: string | object, dryRun: boolean) =>
    t.as(user, {
      method: 'POST',
      url: `/api/indicators/import?dryRun=${dryRun}`,
      ...(typeof body === 'string'
        ? { headers: { 'content-type': 'text/csv' }, payload: body }
        : { payload: body }),
    });

  it('exports last year as JSON and CSV by codes, saying how many rows', async () => {
    const json = await t.as('office', {
      method: 'GET',
      url: `/api/indicators/export?year=${YEAR - 1}&format=json`,
    });
    const body = json.json();
    expect(body.format).toBe('kepu-indicator-values/1');
    expect(body.rows.length).toBeGreaterThan(1000);
    expect(json.headers['x-row-count']).toBe(String(body.rows.length));
    const csv = await t.as('office', {
      method: 'GET',
      url: `/api/indicators/export?year=${YEAR - 1}&format=csv`,
    });
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('year,unit,单位名称,item,指标名称,option,细分名称,value');
    expect(lines.length - 1).toBe(body.rows.length);
    expect(
      (await t.as('edu', { method: 'GET', url: `/api/indicators/export?year=${YEAR - 1}` })).statusCode,
    ).toBe(403);
  });

  it('dry-runs a CSV import: reports adds and updates, changes nothing', async () => {
    const csv = `year,unit,item,option,value\r\n${YEAR},U0001,P01,,9\r\n${YEAR},U0001,A011,youth,"1,200"\r\n`;
    const res = await post('office', csv, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, rows: 2, summary: { add: 2, update: 0, delete: 0 } });
    expect(res.json().changes[1]).toEqual({
      change: 'add',
      key: 'U0001/A011/youth',
      after: { unit: 'U0001', item: 'A011', option: 'youth', value: 1200 },
    });
    const after = await t.as('office', {
      method: 'GET',
      url: `/api/indicators/export?year=${YEAR}&format=json`,
    });
    expect(after.json().rows.filter((r: { unit: string }) => r.unit === 'U0001')).toEqual([]);
  });

  it('applies a JSON import, then reports the second run as an update', async () => {
    const doc = {
      format: 'kepu-indicator-values/1',
      year: YEAR,
      rows: [{ unit: 'U0001', item: 'P01', option: '', value: 9 }],
    };
    expect((await post('office', doc, false)).json().summary).toEqual({ add: 1, update: 0, unchanged: 0, delete: 0 });
    const again = await post('office', { ...doc, rows: [{ ...doc.rows[0], value: 11 }] }, true);
    expect(again.json().changes).toEqual([
      {
        change: 'update',
        key: 'U0001/P01/',
        fields: ['value'],
        before: { unit: 'U0001', item: 'P01', option: '', value: 9 },
        after: { unit: 'U0001', item: 'P01', option: '', value: 11 },
      },
    ]);
    const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=indicator_exchange' })).json();
    expect(audit.items[0]).toMatchObject({ action: 'indicators.values.import', entityId: `values/${YEAR}` });
    // an empty value deletes the stored figure
    const gone = await post('office', { ...doc, rows: [{ ...doc.rows[0], value: null }] }, true);
    expect(gone.json().summary).toEqual({ add: 0, update: 0, unchanged: 0, delete: 1 });
  });

  it('refuses a file with any bad row, naming each row, and changes nothing', async () => {
    const csv = [
      'year,unit,item,option,value',
      `${YEAR},U0001,P01,,12`,
      `${YEAR},NOPE,P01,,1`,
      `${YEAR},U0001,A011,martians,5`,
      `${YEAR},U0001,P02,,2.5`,
    ].join('\n');
    const res = await post('office', csv, false);
    expect(res.statusCode).toBe(400);
    expect(
      res.json().error.details.issues.map((i: { row: number; path: string }) => [i.row, i.path]),
    ).toEqual([
      [3, 'rows.1.unit'],
      [4, 'rows.2.option'],
      [5, 'rows.3.value'],
    ]);
    const rows = (await t.as('office', { method: 'GET', url: `/api/indicators/export?year=${YEAR}` })).json()
      .rows;
    expect(
      rows.find((r: { unit: string; item: string }) => r.unit === 'U0001' && r.item === 'P01').value,
    ).toBe(9);
  });

  it('reads a locked year’s own export back as no change (only a change needs an unlocked report)', async () => {
    const csv = await t.as('office', { method: 'GET', url: `/api/indicators/export/values?year=${YEAR - 1}&format=csv` });
    const res = await post('office', csv.body, true);
    expect(res.statusCode).toBe(200);
    expect(res.json().summary).toEqual({ add: 0, update: 0, delete: 0, unchanged: Number(csv.headers['x-row-count']) });
  });

  it('refuses to import into a locked (accepted) report and says who locked it', async () => {
    const res = await post(
      'office',
      {
        format: 'kepu-indicator-values/1',
        year: YEAR - 1,
        rows: [{ unit: 'U0001', item: 'P01', option: '', value: 1 }],
      },
      true,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].message).toContain('accepted (locked by office)');
    // the Chinese notice names the person as people read them, not the login
    expect(res.json().error.details.issues[0].params.lockedBy).toBe('市科协 领导小组办公室');
    expect(
      (await post('edu', { format: 'kepu-indicator-values/1', year: YEAR, rows: [] }, true)).statusCode,
    ).toBe(403);
    expect((await post('office', 'year,unit\n1,2', true)).json().error.details.issues[0].path).toBe('line 1');
  });
});
