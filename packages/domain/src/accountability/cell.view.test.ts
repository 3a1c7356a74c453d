// A cell as its reader sees it: the unit's closing date and window, the abilities, and who may read it at all.
import { describe, expect, it } from 'vitest';
import { dawa, edu, keji, kexie, readContext } from './acc.test-fixture.ts';
import { reportCellView, reportView } from './cell.view.ts';

describe('the report cell view', () => {
  it('gives the unit’s liaison an empty cell to file, with the round’s window', async () => {
    const c = await reportCellView(readContext(edu), 1, 2, 2);
    expect(c.report).toBeNull();
    expect(c.round).toMatchObject({
      closesOnForUnit: '2031-03-15',
      windowOpen: true,
      phase: 'open',
      kind: 'quarterly',
    });
    expect(c.task).toMatchObject({ number: 2, group: { id: 10, kind: 'action' } });
    expect(c.can).toMatchObject({ edit: true, submit: false, review: false });
  });
  it('keeps an extended unit’s window open after the round closes', async () => {
    const c = await reportCellView(readContext(keji, '2031-03-20'), 1, 2, 3);
    expect(c.round).toMatchObject({ closesOnForUnit: '2031-03-25', windowOpen: true, phase: 'closed' });
    expect((await reportCellView(readContext(edu, '2031-03-20'), 1, 2, 2)).can.edit).toBe(false);
  });
  it('lets the lead unit review a submitted report of its task and lists the task’s work items', async () => {
    const c = await reportView(readContext(kexie), 11);
    expect(c.report?.state).toBe('accepted');
    expect(c.can.review).toBe(false);
    const district = await reportView(readContext(dawa), 13);
    expect(district.workItems.map((w) => w.id)).toEqual([100]);
    expect(district.unit).toEqual({ id: 5, name: '大洼区人民政府' });
  });
  it('refuses another unit and a district admin outside its area, and names what is missing', async () => {
    await expect(reportView(readContext(keji), 11)).rejects.toMatchObject({
      code: 'auth.forbidden',
      details: { permission: 'acc.report.read' },
    });
    await expect(reportView(readContext(dawa), 11)).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(reportView(readContext(edu), 999)).rejects.toMatchObject({
      code: 'acc.report.not_found',
      details: { id: 999 },
    });
    await expect(reportCellView(readContext(edu), 5, 1, 2)).rejects.toMatchObject({
      code: 'acc.round.not_found',
    });
    await expect(reportCellView(readContext(edu), 1, 99, 2)).rejects.toMatchObject({
      code: 'validation.failed',
      details: { issues: [{ path: 'body.taskNumber', code: 'acc.task_not_in_plan', params: { task: 99 } }] },
    });
  });
});
