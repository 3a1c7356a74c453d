// Reporting units' active flag and target status overrides through the data-set exchange, on each engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

type Row = Record<string, unknown>;

describe.each(engines)('units active flag and status overrides exchanged on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  }, 300_000); // migrate + seed: slow on PGlite when the 2 cores are shared
  afterAll(() => t?.close());
  const exportRows = async (set: string) =>
    (await t.as('office', { method: 'GET', url: `/api/indicators/export/${set}?format=json` })).json()
      .rows as Row[];
  const csv = (user: string | null, set: string, body: string, dryRun: boolean) =>
    t.as(user, {
      method: 'POST',
      url: `/api/indicators/import/${set}?dryRun=${dryRun}`,
      headers: { 'content-type': 'text/csv' },
      payload: body,
    });
  const lit2025 = async () =>
    (await t.as(null, { method: 'GET', url: '/api/indicators/targets' }))
      .json()
      .targets.find((x: { code: string }) => x.code === 'K_LITERACY')
      .targets.find((x: { year: number }) => x.year === 2025);

  it('units carry active: deactivating by file is an update of that column; a file without it keeps the flag', async () => {
    const before = await exportRows('units');
    expect(before.every((u) => u.active === true)).toBe(true);
    const u = before[3];
    const head = 'code,name,deptType,areaCode,planUnit,active';
    const line = (active: string) =>
      `${u.code},${u.name},${u.deptType},${u.areaCode},${u.planUnit ?? ''}${active}`;
    const off = `${head}\n${line(',false')}\n`;
    const dry = (await csv('office', 'units', off, true)).json();
    expect(dry.changes).toEqual([
      { change: 'update', key: u.code, fields: ['active'], before: u, after: { ...u, active: false } },
    ]);
    expect((await csv('office', 'units', off, false)).statusCode).toBe(200);
    expect((await exportRows('units')).find((r) => r.code === u.code)?.active).toBe(false);
    // an older file without the column: the inactive unit stays inactive, a new unit is active
    const old = `code,name,deptType,areaCode,planUnit\n${line('')}\nX0100,新增单位,government,211100,\n`;
    const again = (await csv('office', 'units', old, false)).json();
    expect(again.summary).toEqual({ add: 1, update: 0, unchanged: 1, delete: 0 });
    const after = await exportRows('units');
    expect(after.find((r) => r.code === u.code)?.active).toBe(false);
    expect(after.find((r) => r.code === 'X0100')?.active).toBe(true);
    // the JSON export reads back as no change, and a new unit may come in inactive
    const doc = { format: 'kepu-units/1', rows: [...after, { ...after[0], code: 'X0101', active: false }] };
    const json = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/import/units?dryRun=false',
      payload: doc,
    });
    expect(json.json().summary).toEqual({ add: 1, update: 0, unchanged: after.length, delete: 0 });
    expect((await exportRows('units')).find((r) => r.code === 'X0101')?.active).toBe(false);
  });

  it('refuses an active cell that is not yes/no, naming row and column', async () => {
    const u = (await exportRows('units'))[0];
    const res = await csv(
      'office',
      'units',
      `code,name,deptType,areaCode,planUnit,active\n${u.code},${u.name},${u.deptType},${u.areaCode},,maybe\n`,
      true,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0]).toMatchObject({ row: 2, column: 'active' });
  });

  it('overrides: a row sets a target year’s status with its reason and the importer as who, an empty status removes it', async () => {
    expect(await exportRows('overrides')).toEqual([]);
    const head = 'code,targetYear,status,reason';
    const set = `${head}\nK_LITERACY,2025,on_track,第五次调查的初步结果已达 15.2%\n`;
    const dry = (await csv('office', 'overrides', set, true)).json();
    expect(dry.summary).toEqual({ add: 1, update: 0, unchanged: 0, delete: 0 });
    expect((await lit2025()).override).toBeNull();
    expect((await csv('office', 'overrides', set, false)).statusCode).toBe(200);
    expect(await lit2025()).toMatchObject({
      status: 'on_track',
      override: { status: 'on_track', reason: '第五次调查的初步结果已达 15.2%', by: 'office' },
    });
    const rows = await exportRows('overrides');
    expect(rows).toEqual([
      {
        code: 'K_LITERACY',
        targetYear: 2025,
        status: 'on_track',
        reason: '第五次调查的初步结果已达 15.2%',
        by: 'office',
      },
    ]);
    // its own CSV export reads back as no change; another `by` in the file is not a change
    const out = (await t.as('office', { method: 'GET', url: '/api/indicators/export/overrides?format=csv' }))
      .body;
    expect((await csv('office', 'overrides', out, true)).json().summary).toMatchObject({
      unchanged: 1,
      update: 0,
    });
    expect(
      (await csv('office', 'overrides', out.replace(',office', ',someone'), true)).json().summary.unchanged,
    ).toBe(1);
    const clear = `${head}\nK_LITERACY,2025,,调查结果撤回，按计算状态\n`;
    expect((await csv('office', 'overrides', clear, true)).json().summary).toMatchObject({ delete: 1 });
    await csv('office', 'overrides', clear, false);
    expect((await lit2025()).override).toBeNull();
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?entity=indicator_exchange' })
    ).json();
    expect(audit.items[0].action).toBe('indicators.overrides.import');
  });

  it('overrides: names an unknown target, an unknown target year and a short reason in one file; office only', async () => {
    const head = 'code,targetYear,status,reason';
    const bad = await csv(
      'office',
      'overrides',
      `${head}\nK_LITERACY,2031,on_track,理由写得足够长\nK_NOPE,2025,achieved,理由写得足够长\nK_LITERACY,2025,achieved,短\n`,
      true,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: Row) => [i.row, i.column])).toEqual([
      [2, 'targetYear'],
      [3, 'code'],
      [4, 'reason'],
    ]);
    const refs = await csv(
      'office',
      'overrides',
      `${head}\nK_LITERACY,2031,on_track,理由写得足够长\nK_NOPE,2025,achieved,理由写得足够长\n`,
      true,
    );
    expect(refs.json().error.details.issues.map((i: Row) => [i.row, i.column])).toEqual([
      [2, 'targetYear'],
      [3, 'code'],
    ]);
    const ok = `${head}\nK_LITERACY,2025,achieved,理由写得足够长\n`;
    expect((await csv(null, 'overrides', ok, true)).statusCode).toBe(401);
    expect((await csv('viewer', 'overrides', ok, true)).statusCode).toBe(403);
    expect((await csv('dawa', 'overrides', ok, false)).statusCode).toBe(403);
    expect(await lit2025()).toMatchObject({ override: null });
  });
});

describe.each(engines)('a file with hundreds of problems on $name', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(open);
  }, 300_000);
  afterAll(() => t?.close());

  it('lists the first 200 problems, says how many there are in all, and imports nothing', async () => {
    const schoolsBefore = (
      await t.as('office', { method: 'GET', url: '/api/indicators/export/schools?format=json' })
    ).json().rows;
    const rows = Array.from({ length: 1_000 }, (_, i) => `999999,示例学校${i},primary,urban,1`);
    const res = await t.as('office', {
      method: 'POST',
      url: '/api/indicators/import/schools?dryRun=false',
      headers: { 'content-type': 'text/csv' },
      payload: `areaCode,name,level,urbanRural,counsellors\n${rows.join('\n')}\n`,
    });
    expect(res.statusCode).toBe(400);
    const { code, details } = res.json().error;
    expect([code, details.count, details.issues.length]).toEqual(['indicators.import_invalid', 1_000, 200]);
    expect(details.issues[0]).toMatchObject({ row: 2, column: 'areaCode' });
    const schoolsAfter = (
      await t.as('office', { method: 'GET', url: '/api/indicators/export/schools?format=json' })
    ).json().rows;
    expect(schoolsAfter).toEqual(schoolsBefore);
  });
});
