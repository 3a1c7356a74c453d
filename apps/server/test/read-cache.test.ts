// Kept answers (read-cache.ts) never show a reader less than a write it has seen, never show one scope another's
// answer, and never skip the access check (issue 18, point 9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BoardCell as Cell, engines, owedTask, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('kept answers on $name', ({ open }) => {
  let t: TestApp;
  let round: number;
  let taskNumber: number;
  let unitId: number;
  const board = async (who: string) => {
    const res = await t.as(who, { method: 'GET', url: `/api/acc/board?round=${round}` });
    return res.json().cells as Cell[];
  };
  const cell = async (who: string) =>
    (await board(who)).find((c) => c.taskNumber === taskNumber && c.unitId === unitId);

  beforeAll(async () => {
    t = await startTestApp(open);
    const owed = await owedTask(t, 'edu');
    round = owed.round.id;
    taskNumber = owed.taskNumber;
    unitId = (await t.as('edu', { method: 'GET', url: '/api/auth/me' })).json().user.unitId;
  });
  afterAll(() => t?.close());

  it('the board shows a draft saved right after it was read, and each change of it', async () => {
    expect((await cell('office'))?.progress ?? null).toBeNull();
    const res = await t.as('edu', {
      method: 'POST',
      url: '/api/acc/reports',
      payload: {
        roundId: round,
        taskNumber,
        status: 'on_track',
        progress: 40,
        done: '第一稿',
        measures: '',
        problems: '',
        nextSteps: '',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(await cell('office')).toMatchObject({ state: 'draft', progress: 40 });
    const id = res.json().id;
    const saved = await t.as('edu', {
      method: 'PUT',
      url: `/api/acc/reports/${id}`,
      payload: {
        status: 'on_track',
        progress: 65,
        done: '第二稿',
        measures: '',
        problems: '',
        nextSteps: '',
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(await cell('office')).toMatchObject({ state: 'draft', progress: 65 });
  });

  it('each scope gets its own answer for the same address', async () => {
    const office = await board('office');
    expect(await cell('office')).toMatchObject({ state: 'draft' });
    // the viewer does not get the office's answer with the draft in it
    expect((await cell('viewer'))?.reportId).toBeNull();
    // the district admin sees its area's units only, not the office's whole board
    const district = await board('dawa');
    expect(district.length).toBeGreaterThan(0);
    expect(district.length).toBeLessThan(office.length);
  });

  it('checks who may read before answering from what it kept', async () => {
    const url = '/api/indicators/pivot?year=2025&root=211100&rows=area&cols=item&items=P01&stage=all';
    expect((await t.as('office', { method: 'GET', url })).statusCode).toBe(200);
    expect((await t.as('edu', { method: 'GET', url })).statusCode).toBe(403);
    expect((await t.as(null, { method: 'GET', url })).statusCode).toBe(401);
  });

  it('the plan’s tasks follow a new version at once', async () => {
    const before = (await t.as(null, { method: 'GET', url: '/api/plans/current' })).json();
    const doc = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
    doc.tasks[0].title = `${doc.tasks[0].title}（修订）`;
    expect(
      (await t.as('office', { method: 'POST', url: '/api/plans/import', payload: doc })).statusCode,
    ).toBe(201);
    const after = (await t.as(null, { method: 'GET', url: '/api/plans/current' })).json();
    expect(after.plan.version).toBe(before.plan.version + 1);
    const tasks = (await t.as(null, { method: 'GET', url: '/api/plans/current/tasks' })).json();
    expect(JSON.stringify(tasks)).toContain('（修订）');
  });
});
