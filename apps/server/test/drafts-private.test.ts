// A draft is its own unit's until it is submitted: other readers see no report, no figure and no file of it, and a
// district admin's inspections are its area's (issue 18, point 4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoardCell as Cell, engines, owedTask, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('drafts stay private on $name', ({ open }) => {
  let t: TestApp;
  let round: number;
  let draft: { id: number; taskNumber: number; unitId: number };
  const cellOf = async (who: string) => {
    const board = (await t.as(who, { method: 'GET', url: `/api/acc/board?round=${round}` })).json();
    return (board.cells as Cell[]).find(
      (c) => c.taskNumber === draft.taskNumber && c.unitId === draft.unitId,
    );
  };

  beforeAll(async () => {
    t = await startTestApp(open);
    const owed = await owedTask(t, 'edu');
    round = owed.round.id;
    const res = await t.as('edu', {
      method: 'POST',
      url: '/api/acc/reports',
      payload: {
        roundId: round,
        taskNumber: owed.taskNumber,
        status: 'on_track',
        progress: 77,
        done: '草稿：尚未核实的数字',
        measures: '',
        problems: '',
        nextSteps: '',
      },
    });
    expect(res.statusCode).toBe(201);
    draft = res.json();
  });
  afterAll(() => t?.close());

  it('a viewer and a district admin cannot open another unit’s draft progress report; its unit and the office can', async () => {
    for (const who of ['viewer', 'dawa', 'kexie'])
      expect((await t.as(who, { method: 'GET', url: `/api/acc/reports/${draft.id}` })).statusCode, who).toBe(
        404,
      );
    for (const who of ['edu', 'office']) {
      const res = await t.as(who, { method: 'GET', url: `/api/acc/reports/${draft.id}` });
      expect([res.statusCode, res.json().report.done], who).toEqual([200, '草稿：尚未核实的数字']);
    }
    const cell = await t.as('viewer', {
      method: 'GET',
      url: `/api/acc/cells?round=${round}&task=${draft.taskNumber}&unit=${draft.unitId}`,
    });
    expect(cell.json().report).toBeNull();
  });

  it('the board shows the viewer no draft and no draft figure; the office sees the draft', async () => {
    const viewer = await cellOf('viewer');
    expect(viewer?.reportId).toBeNull();
    expect(viewer?.progress).toBeNull();
    expect(['not_started', 'overdue']).toContain(viewer?.state);
    expect(await cellOf('office')).toMatchObject({ reportId: draft.id, state: 'draft', progress: 77 });
  });

  it('a district admin sees only inspections of its area’s units, the office every one', async () => {
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
      id: number;
      name: string;
      area: { code: string } | null;
    }[];
    const cityUnit = units.find((u) => u.name === '市教育局')?.id as number;
    const dawaUnit = units.find((u) => u.area?.code === '211104')?.id as number;
    const inspect = (title: string, unitId: number) =>
      t.as('office', {
        method: 'POST',
        url: '/api/acc/inspections',
        payload: {
          heldOn: '2025-06-01',
          title,
          method: '实地检查',
          unitIds: [unitId],
          findings: [{ finding: '台账不全', ownerUnitId: unitId, deadline: '2025-09-01' }],
        },
      });
    expect((await inspect('市直单位检查', cityUnit)).statusCode).toBe(201);
    expect((await inspect('大洼区检查', dawaUnit)).statusCode).toBe(201);
    const titles = async (who: string) =>
      ((await t.as(who, { method: 'GET', url: '/api/acc/inspections' })).json() as { title: string }[]).map(
        (i) => i.title,
      );
    expect(await titles('office')).toEqual(expect.arrayContaining(['市直单位检查', '大洼区检查']));
    const dawa = await titles('dawa');
    expect(dawa).toContain('大洼区检查');
    expect(dawa).not.toContain('市直单位检查');
  });

  describe('statistics figures', () => {
    let unitId: number;
    let year: number;
    const pivot = (who: string, extra = '') =>
      t.as(who, {
        method: 'GET',
        url: `/api/indicators/pivot?year=${year}&root=211100&rows=area,deptType&cols=item&items=P01${extra}`,
      });
    const p01 = (res: { json(): { cells: { value: number }[] } }) =>
      res.json().cells.reduce((s: number, c: { value: number }) => s + c.value, 0);

    beforeAll(async () => {
      const units = (await t.as('office', { method: 'GET', url: '/api/indicators/units' })).json() as {
        id: number;
        name: string;
      }[];
      unitId = units.find((u) => u.name === '大洼区科协')?.id as number;
      const forms = (await t.as('office', { method: 'GET', url: '/api/indicators/forms' })).json() as {
        year: number;
      }[];
      year = Math.max(...forms.map((f) => f.year)); // the year open for filing: no report accepted yet
      const saved = await t.as('office', {
        method: 'PUT',
        url: `/api/indicators/reports/${year}/${unitId}/values`,
        payload: { values: [{ item: 'P01', option: '', value: 4321 }] },
      });
      expect(saved.statusCode).toBe(200);
    });

    it('a draft figure reaches no one’s pivot or map by default: accepted figures only', async () => {
      for (const who of ['edu', 'viewer', 'dawa', 'office']) {
        const res = await pivot(who);
        expect([res.statusCode, res.json().stage], who).toEqual([200, 'accepted']);
        expect(p01(res), who).toBe(0);
      }
      const map = await t.as('viewer', {
        method: 'GET',
        url: `/api/indicators/figures?year=${year}&figure=P01`,
      });
      expect([map.statusCode, map.json().stage, map.json().root.value]).toEqual([200, 'accepted', null]);
    });

    it('the office may ask for figures in review and drafts; other roles are refused, not shown them', async () => {
      expect(p01(await pivot('office', '&stage=all'))).toBe(4321);
      expect(p01(await pivot('office', '&stage=submitted'))).toBe(0);
      for (const who of ['edu', 'viewer', 'dawa']) {
        const res = await pivot(who, '&stage=all');
        expect([res.statusCode, res.json().error.code], who).toEqual([403, 'auth.forbidden']);
      }
    });
  });
});
