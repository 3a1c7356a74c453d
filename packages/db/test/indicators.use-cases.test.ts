// Indicator use-cases of @kepu/domain over the real IndStore on each engine: the filing window counted in the
// jurisdiction's time zone for save and submit, rule failures with their codes, and a data-set dry run by codes.
import { type Actor, flattenAreaTree, loadAreaTree, zonedClock } from '@kepu/domain';
import { importSet, loadShippedForm, saveIndReport, submitIndReport } from '@kepu/domain/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  insertAreas,
  inUseCase,
  type KepuContext,
  listAudit,
  openTestDatabases,
  storesFor,
} from '../src/index.ts';

const YEAR = 2025;
const OPENS = '2026-03-01';
const office: Actor = { userId: 0, username: 'office', role: 'office', unitId: null, areaCode: null };

describe.each(openTestDatabases())('indicator use-cases on $name', ({ open }) => {
  let h: DatabaseHandle;
  let unitId = 0;
  let liaison: Actor;
  const clock = zonedClock('Asia/Shanghai');
  const run = <T>(actor: Actor, iso: string, fn: (ctx: KepuContext) => Promise<T>) => {
    clock.now = () => new Date(iso);
    return inUseCase(h.db, actor, clock, fn);
  };
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e) => e as { code: string; message: string; details: Record<string, unknown> },
    );

  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, flattenAreaTree(loadAreaTree('211100')));
    const [org] = await h.db
      .insertInto('org_units')
      .values({ jurisdiction_code: '211100', name: '大洼区科协' })
      .returning('id')
      .execute();
    liaison = { userId: 0, username: 'dawa-kexie', role: 'liaison', unitId: org.id, areaCode: null };
    const ind = storesFor(h.db, office).ind;
    await ind.installForm(loadShippedForm(YEAR), { opensOn: OPENS, dueOn: '2026-06-30' });
    const [unit] = await ind.insertUnits([
      { code: 'U0001', name: '大洼区科协', deptType: 'mass_org', areaCode: '211104', orgUnitId: org.id },
    ]);
    unitId = unit.id;
    await ind.assignReports(YEAR, [unitId], { opensOn: OPENS, dueOn: '2026-06-30' });
  });
  afterAll(() => h?.close());

  it('refuses a save at 23:30 Beijing time before the first day and takes it at 00:30 (16:30 UTC the day before)', async () => {
    const values = { values: [{ item: 'P01', option: '', value: 3 }] };
    const refused = await failure(
      run(liaison, '2026-02-28T15:30:00Z', (ctx) => saveIndReport(ctx, YEAR, unitId, values)),
    );
    expect(refused).toMatchObject({
      code: 'indicators.window_not_open',
      message: `filing opens on ${OPENS}`,
      details: { opensOn: OPENS, dueOn: '2026-06-30', today: '2026-02-28' },
    });
    const saved = await run(liaison, '2026-02-28T16:30:00Z', (ctx) =>
      saveIndReport(ctx, YEAR, unitId, values),
    );
    expect(saved.report.state).toBe('draft');
    expect(saved.values).toEqual([expect.objectContaining({ item: 'P01', value: 3 })]);
  });

  it('names a bad figure with its code and parameters, and keeps other units’ liaisons out', async () => {
    const bad = await failure(
      run(liaison, '2026-03-02T02:00:00Z', (ctx) =>
        saveIndReport(ctx, YEAR, unitId, { values: [{ item: 'P01', option: '', value: 2.5 }] }),
      ),
    );
    expect(bad.code).toBe('validation.failed');
    expect((bad.details.issues as unknown[])[0]).toMatchObject({
      path: 'body.values.0.value',
      code: 'ind.value.not_whole',
      params: { item: 'P01', option: '', value: '2.5' },
      message: 'P01: must be a whole number',
    });
    const other = { ...liaison, username: 'other', unitId: liaison.unitId ? liaison.unitId + 1000 : 1 };
    const refused = await failure(
      run(other, '2026-03-02T02:00:00Z', (ctx) => saveIndReport(ctx, YEAR, unitId, { values: [] })),
    );
    expect(refused).toMatchObject({ code: 'auth.forbidden', details: { permission: 'ind.file' } });
  });

  it('submits only once the window is open, past the hard rules, at the clock’s time, audited', async () => {
    const early = await failure(
      run(liaison, '2026-02-28T15:59:59Z', (ctx) => submitIndReport(ctx, YEAR, unitId, {})),
    );
    expect(early.code).toBe('indicators.window_not_open');
    // 筹集额 F01 = 100 000, its sources 90 000: the hard balance rule fails
    const values = [
      { item: 'F01', option: '', value: 100000 },
      { item: 'F011', option: '', value: 60000 },
      { item: 'F0111', option: '', value: 30000 },
      { item: 'F012', option: '', value: 10000 },
      { item: 'F013', option: '', value: 20000 },
      { item: 'F014', option: '', value: 0 },
    ];
    await run(liaison, '2026-03-02T02:00:00Z', (ctx) => saveIndReport(ctx, YEAR, unitId, { values }));
    const hard = await failure(
      run(liaison, '2026-03-02T02:00:00Z', (ctx) => submitIndReport(ctx, YEAR, unitId, {})),
    );
    expect(hard).toMatchObject({
      code: 'indicators.rules_failed',
      details: { count: 1, rules: 'R_F01_BALANCE' },
    });
    expect((hard.details.violations as unknown[])[0]).toMatchObject({
      rule: 'R_F01_BALANCE',
      left: 100000,
      op: '=',
      right: 90000,
    });
    await run(liaison, '2026-03-02T02:00:00Z', (ctx) =>
      saveIndReport(ctx, YEAR, unitId, { values: [{ item: 'F01', option: '', value: 90000 }] }),
    );
    const at = '2026-03-02T02:15:00Z';
    const submitted = await run(liaison, at, (ctx) => submitIndReport(ctx, YEAR, unitId, {}));
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: new Date(at).toISOString() });
    const { items } = await listAudit(h.db, { limit: 1, offset: 0, entity: 'indicator_report' });
    expect(items[0]).toMatchObject({ action: 'indicators.report.submit', actor_username: 'dawa-kexie' });
  });

  it('dry-runs a units file by codes: names the change, stores nothing; then stores it with one audit entry', async () => {
    const csv =
      'code,name,deptType,areaCode,planUnit\nU0001,大洼区科协(改名),mass_org,211104,\nU0002,新单位,school,211104,\n';
    const dry = await run(office, '2026-03-02T02:00:00Z', (ctx) => importSet(ctx, 'units', csv, null, true));
    expect(dry).toMatchObject({
      dryRun: true,
      rows: 2,
      summary: { add: 1, update: 1, unchanged: 0, delete: 0 },
    });
    expect(dry.changes.map((c) => [c.change, c.key, c.fields])).toEqual([
      ['update', 'U0001', ['name', 'planUnit']],
      ['add', 'U0002', undefined],
    ]);
    expect((await storesFor(h.db, office).ind.listUnits()).map((u) => u.code)).toEqual(['U0001']);
    const bad = await failure(
      run(office, '2026-03-02T02:00:00Z', (ctx) =>
        importSet(ctx, 'units', 'code,name,deptType,areaCode,planUnit\nU0003,甲,club,999999,\n', null, true),
      ),
    );
    expect(bad.code).toBe('indicators.import_invalid');
    expect((bad.details.issues as { code: string; column: string }[]).map((i) => [i.column, i.code])).toEqual(
      [['deptType', 'zod.invalid_value']],
    );
    await failure(
      run(liaison, '2026-03-02T02:00:00Z', (ctx) => importSet(ctx, 'units', csv, null, true)),
    ).then((e) => expect(e).toMatchObject({ code: 'auth.forbidden', details: { permission: 'ind.import' } }));
    const real = await run(office, '2026-03-02T02:00:00Z', (ctx) =>
      importSet(ctx, 'units', csv, null, false),
    );
    expect(real.summary).toMatchObject({ add: 1, update: 1 });
    expect((await storesFor(h.db, office).ind.listUnits()).map((u) => u.name).sort()).toEqual([
      '大洼区科协(改名)',
      '新单位',
    ]);
    const { items } = await listAudit(h.db, { limit: 1, offset: 0, entity: 'indicator_exchange' });
    expect(items[0]).toMatchObject({ action: 'indicators.units.import', entity_id: 'units' });
  });
});
