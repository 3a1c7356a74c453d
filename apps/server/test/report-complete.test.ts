// A blank progress report cannot be submitted: what was done is required, and a file where one of the unit's work items
// on the task asks for evidence (issue 10, point 9). Saving a draft stays free.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, multipart, owedTask, PDF, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('submitting a complete report on $name', ({ open }) => {
  let t: TestApp;
  let round: { id: number; year: number };
  let taskNumber: number;
  let unitId: number;
  let report: number;
  const blank = { status: 'on_track', progress: 0, done: ' ', measures: '', problems: '', nextSteps: '' };
  const state = async () =>
    (await t.as('edu', { method: 'GET', url: `/api/acc/reports/${report}` })).json().report.state;
  const submit = () => t.as('edu', { method: 'POST', url: `/api/acc/reports/${report}/submit` });

  beforeAll(async () => {
    t = await startTestApp(open);
    ({ round, taskNumber } = await owedTask(t, 'edu'));
    unitId = (await t.as('edu', { method: 'GET', url: '/api/auth/me' })).json().user.unitId;
    const res = await t.as('edu', {
      method: 'POST',
      url: '/api/acc/reports',
      payload: { roundId: round.id, taskNumber, ...blank },
    });
    expect(res.statusCode).toBe(201);
    report = res.json().id;
  });
  afterAll(() => t?.close());

  it('refuses a report without what was done, naming the field, and keeps the draft', async () => {
    const res = await submit();
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('acc.report.incomplete');
    expect(
      res.json().error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([['done', 'acc.report.done_required']]);
    expect(await state()).toBe('draft');
  });

  it('asks for evidence where the unit’s work item on the task asks for it, then takes the report with a file', async () => {
    const item = await t.as('office', {
      method: 'POST',
      url: '/api/acc/work-items',
      payload: {
        year: round.year,
        taskNumber,
        title: '科技辅导员培训名单',
        ownerUnitIds: [unitId],
        dueOn: `${round.year}-12-20`,
        evidenceRequired: true,
      },
    });
    expect([item.statusCode, item.json().evidenceRequired]).toEqual([201, true]);
    const saved = await t.as('edu', {
      method: 'PUT',
      url: `/api/acc/reports/${report}`,
      payload: { ...blank, done: '培训科技辅导员 120 名。' },
    });
    expect(saved.statusCode).toBe(200);
    const refused = await submit();
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.issues).toEqual([
      expect.objectContaining({
        path: 'files',
        code: 'acc.report.evidence_required',
        params: { items: '科技辅导员培训名单' },
      }),
    ]);
    expect(await state()).toBe('draft');
    const file = await t.as('edu', {
      method: 'POST',
      url: `/api/acc/reports/${report}/files`,
      ...multipart('名单.pdf', PDF),
    });
    expect(file.statusCode).toBe(201);
    const ok = await submit();
    expect([ok.statusCode, ok.json().state]).toEqual([200, 'submitted']);
  });

  it('the office can switch the evidence requirement off again', async () => {
    const items = (
      await t.as('office', { method: 'GET', url: `/api/acc/work-items?year=${round.year}` })
    ).json();
    const item = (Array.isArray(items) ? items : items.items).find(
      (w: { title: string }) => w.title === '科技辅导员培训名单',
    );
    const res = await t.as('office', {
      method: 'PATCH',
      url: `/api/acc/work-items/${item.id}`,
      payload: { evidenceRequired: false },
    });
    expect([res.statusCode, res.json().evidenceRequired]).toEqual([200, false]);
  });
});
