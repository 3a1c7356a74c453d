// District scope on each engine: the demo district admin (大洼区) sees, exports and reads only units linked to its
// area; the office links units to areas and adds local units that then own work items and owe reports.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNotificationJob } from '../src/accountability/notification-job.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

interface Unit {
  id: number;
  name: string;
  area: { code: string; name: string } | null;
}
interface Cell {
  unitId: number;
  taskNumber: number;
  reportId: number | null;
}

async function workbookRows(body: Buffer, sheet = 0) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[sheet].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe.each(engines)('district scope on $name', ({ open }) => {
  let t: TestApp;
  let units: Unit[];
  let round: number;
  let year: number;
  const id = (name: string) => units.find((u) => u.name === name)?.id as number;
  const listUnits = async () =>
    (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as Unit[];
  const board = async (who: string) =>
    (await t.as(who, { method: 'GET', url: `/api/acc/board?round=${round}` })).json() as {
      cells: Cell[];
      units: { id: number }[];
      tasks: { number: number; items: { title: string; weight: number }[] }[];
      planWeights: { title: string; weight: number }[];
    };
  const areaOf = async (unitId: number) =>
    (await t.as(null, { method: 'GET', url: `/api/plans/current/units/${unitId}` })).json().unit.area;

  beforeAll(async () => {
    t = await startTestApp(open);
    units = await listUnits();
    const rounds = (await t.as('office', { method: 'GET', url: '/api/acc/rounds' })).json() as {
      id: number;
      year: number;
      phase: string;
    }[];
    const openRound = rounds.find((r) => r.phase === 'open') ?? rounds[0];
    round = openRound.id;
    year = openRound.year;
  });
  afterAll(() => t?.close());

  it('seeds the county governments linked to their areas; other units are city-level', () => {
    expect(units.find((u) => u.name === '大洼区人民政府')?.area).toEqual({ code: '211104', name: '大洼区' });
    expect(units.find((u) => u.name === '盘山县人民政府')?.area?.code).toBe('211122');
    expect(units.find((u) => u.name === '市科协')?.area).toBeNull();
  });

  it('shows the district admin only its area on the board, with the weights of every figure', async () => {
    const mine = await board('dawa');
    expect(mine.cells.length).toBeGreaterThan(0);
    expect(new Set(mine.cells.map((c) => c.unitId))).toEqual(new Set([id('大洼区人民政府')]));
    expect(mine.units.map((u) => u.id)).toEqual([id('大洼区人民政府')]);
    expect(mine.tasks.map((x) => x.number).sort()).toEqual([28, 29]);
    expect(mine.tasks.find((x) => x.number === 29)?.items.map((i) => i.weight)).toEqual([2, 1]);
    // the plan figure is the area's: only the group whose tasks its units carry, not the city's with the rest at 0
    expect(mine.planWeights.map((g) => g.title)).toEqual(['基层科普能力提升工程']);
    expect((await board('office')).planWeights.length).toBe(9);
    const all = await board('office');
    expect(all.cells.some((c) => c.unitId === id('市科协'))).toBe(true);
    expect(all.cells.some((c) => c.unitId === id('大洼区人民政府'))).toBe(true);
  });

  it('exports only the area’s units to the district admin', async () => {
    const res = await t.as('dawa', { method: 'GET', url: `/api/acc/board.xlsx?round=${round}` });
    expect(res.statusCode).toBe(200);
    const [head, ...rows] = await workbookRows(res.rawPayload);
    expect(head.slice(4)).toEqual(['大洼区人民政府']);
    expect(rows.map((r) => r[0])).toEqual([28, 29]);
    expect(String(rows[1][3])).toContain('科普进乡村、进社区活动 ×2');
    const cards = await t.as('dawa', { method: 'GET', url: `/api/acc/scorecards.xlsx?year=${year}` });
    expect((await workbookRows(cards.rawPayload)).slice(1).map((r) => r[0])).toEqual(['大洼区人民政府']);
    const summary = await t.as('dawa', { method: 'GET', url: `/api/acc/summary.xlsx?year=${year}` });
    const names = (await workbookRows(summary.rawPayload, 1)).slice(1).map((r) => r[5]);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names.filter(Boolean))).toEqual(new Set(['大洼区人民政府']));
  });

  it('shows 大洼区人民政府 one progress figure on the board, the summary and its scorecard: the round’s accepted reports', async () => {
    const gov = id('大洼区人民政府');
    const get = async (who: string, url: string) => (await t.as(who, { method: 'GET', url })).json();
    const b = await get('dawa', `/api/acc/board?round=${round}`);
    const s = await get('dawa', `/api/acc/summary?year=${year}`);
    const cards = await get('dawa', `/api/acc/scorecards?year=${year}`);
    const office = await get('office', `/api/acc/board?round=${round}&unit=${gov}`);
    const officeCard = (await get('office', `/api/acc/scorecards?year=${year}`)).find(
      (c: { unitId: number }) => c.unitId === gov,
    );
    expect(b.planProgress).not.toBeNull();
    expect([s.progress, cards[0].meanProgress, office.planProgress, officeCard.meanProgress]).toEqual(
      Array(4).fill(b.planProgress),
    );
    for (const basis of [s.figureBasis, cards[0].figureBasis, office.figureBasis])
      expect(basis).toEqual(b.figureBasis);
    // what the figure counts is said with it: the accepted reports, and those awaiting review left out
    const inState = (st: string) => b.cells.filter((c: { state: string }) => c.state === st).length;
    expect(b.figureBasis).toMatchObject({
      roundId: round,
      accepted: inState('accepted'),
      awaitingReview: inState('submitted'),
    });
  });

  it('limits scorecards and the summary to the area, with the weights behind each figure', async () => {
    const cards = (await t.as('dawa', { method: 'GET', url: `/api/acc/scorecards?year=${year}` })).json();
    expect(cards.map((c: { unitName: string }) => c.unitName)).toEqual(['大洼区人民政府']);
    expect(cards[0].progressWeights.map((w: { taskNumber: number }) => w.taskNumber).sort()).toEqual([
      28, 29,
    ]);
    const all = (await t.as('office', { method: 'GET', url: `/api/acc/scorecards?year=${year}` })).json();
    expect(all.length).toBeGreaterThan(10);
    const s = (await t.as('dawa', { method: 'GET', url: `/api/acc/summary?year=${year}` })).json();
    expect(s.tasks.map((x: { number: number }) => x.number)).toEqual([28, 29]);
    const names = s.tasks.flatMap((x: { reports: { unitName: string }[] }) =>
      x.reports.map((r) => r.unitName),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['大洼区人民政府']));
    const items = s.tasks[1].workItems.map((w: { weight: number; share: number }) => [w.weight, w.share]);
    expect(items.map((x: number[]) => x[0])).toEqual([2, 1]);
    expect(items[0][1]).toBeCloseTo(2 / 3);
  });

  it('lets the district admin read its units’ reports and refuses others with 403', async () => {
    const summary = (await t.as('office', { method: 'GET', url: `/api/acc/summary?year=${year}` })).json();
    const reports = summary.tasks.flatMap((x: { reports: { id: number; unitName: string }[] }) => x.reports);
    const inside = reports.find((r: { unitName: string }) => r.unitName === '大洼区人民政府');
    const outside = reports.find((r: { unitName: string }) => r.unitName === '市科协');
    expect(inside && outside).toBeTruthy();
    expect((await t.as('dawa', { method: 'GET', url: `/api/acc/reports/${inside?.id}` })).statusCode).toBe(
      200,
    );
    expect((await t.as('dawa', { method: 'GET', url: `/api/acc/reports/${outside?.id}` })).statusCode).toBe(
      403,
    );
  });

  describe('PUT /api/acc/units/:id/area', () => {
    const put = (who: string | null, unitId: number, areaCode: unknown) =>
      t.as(who, { method: 'PUT', url: `/api/acc/units/${unitId}/area`, payload: { areaCode } });

    it('needs a session and the office', async () => {
      expect((await put(null, id('市科协'), '211104')).statusCode).toBe(401);
      expect((await put('dawa', id('市科协'), '211104')).statusCode).toBe(403);
      expect((await put('edu', id('市教育局'), '211104')).statusCode).toBe(403);
      expect(await areaOf(id('市科协'))).toBeNull();
    });

    it('refuses unknown or unsuitable areas naming areaCode, and unknown units, changing nothing', async () => {
      for (const bad of ['X99999', '110000', '211104002', 7]) {
        const res = await put('office', id('盘山县人民政府'), bad);
        expect([res.statusCode, res.json().error.details.issues[0].path]).toEqual([400, 'body.areaCode']);
      }
      expect((await put('office', 999_999, '211104')).statusCode).toBe(404);
      expect((await areaOf(id('盘山县人民政府'))).code).toBe('211122');
    });

    it('moves a unit into the district admin’s view and back to city level, with an audit entry', async () => {
      const unitId = id('盘山县人民政府');
      const res = await put('office', unitId, '211104');
      expect(res.json()).toEqual({ unitId, area: { code: '211104', name: '大洼区' } });
      expect((await board('dawa')).cells.some((c) => c.unitId === unitId)).toBe(true);
      expect((await put('office', unitId, '211100')).json().area).toBeNull(); // the city itself: no link
      expect(await areaOf(unitId)).toBeNull();
      expect((await board('dawa')).cells.some((c) => c.unitId === unitId)).toBe(false);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'acc.unit_area.set')
        .execute();
      expect(audit).toHaveLength(2);
      await put('office', unitId, '211122');
    });
  });

  describe('POST /api/acc/units', () => {
    const post = (who: string | null, payload: Record<string, unknown>) =>
      t.as(who, { method: 'POST', url: '/api/acc/units', payload });
    const count = async () => (await listUnits()).length;

    it('needs a session and the office', async () => {
      expect((await post(null, { name: '大洼区科技局', areaCode: '211104' })).statusCode).toBe(401);
      expect((await post('dawa', { name: '大洼区科技局', areaCode: '211104' })).statusCode).toBe(403);
    });

    it('refuses a short or taken name and a bad area, naming the field and adding nothing', async () => {
      const before = await count();
      for (const [payload, path] of [
        [{ name: '大', areaCode: '211104' }, 'body.name'],
        [{ name: '市科协', areaCode: null }, 'body.name'],
        [{ name: '大洼区科协', areaCode: '211104' }, 'body.name'], // the demo already has it
        [{ name: '大洼区科技局', areaCode: '999999' }, 'body.areaCode'],
      ] as const) {
        const res = await post('office', payload);
        expect([res.statusCode, res.json().error.details.issues[0].path]).toEqual([400, path]);
      }
      expect(await count()).toBe(before);
    });

    it('adds a local unit that owns a work item and so owes a report the district admin sees', async () => {
      const res = await post('office', { name: '大洼区科技局', areaCode: '211104' });
      expect(res.statusCode).toBe(201);
      const unitId = res.json().id as number;
      expect(await areaOf(unitId)).toEqual({ code: '211104', name: '大洼区' });
      const filed = {
        roundId: round,
        unitId,
        status: 'on_track',
        progress: 40,
        done: '开展科普讲座',
        items: [],
      };
      const early = await t.as('office', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { ...filed, taskNumber: 5 },
      });
      expect([early.statusCode, early.json().error.details.issues[0].path]).toEqual([400, 'body.taskNumber']);
      const item = await t.as('office', {
        method: 'POST',
        url: '/api/acc/work-items',
        payload: {
          year,
          taskNumber: 5,
          title: '大洼区青少年科普日',
          ownerUnitIds: [unitId],
          dueOn: `${year}-12-20`,
        },
      });
      expect(item.statusCode).toBe(201);
      // the hourly job, not only a page visit, tells the new owner that the round is open
      await runNotificationJob(t.app);
      const told = await t.handle.db
        .selectFrom('acc_notifications')
        .select('kind')
        .where('unit_id', '=', unitId)
        .execute();
      expect(told.map((n) => n.kind)).toContain('round_opened');
      const cell = (await board('dawa')).cells.find((c) => c.unitId === unitId && c.taskNumber === 5);
      expect(cell).toMatchObject({ reportId: null });
      const saved = await t.as('office', {
        method: 'POST',
        url: '/api/acc/reports',
        payload: { ...filed, taskNumber: 5 },
      });
      expect(saved.statusCode).toBe(201);
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'unit.create')
        .execute();
      expect(audit).toHaveLength(1);
    });
  });
});
