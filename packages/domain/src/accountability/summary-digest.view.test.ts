// The leader's digest of a year: tasks by status per action, one line per task, and the exceptions named.
import { describe, expect, it } from 'vitest';
import { visibleUnitsFor } from './acc.policy.ts';
import { dawa, office, plan, report, round, snapshot, workItem } from './acc.test-fixture.ts';
import { summaryDigest, taskStatus } from './summary-digest.view.ts';

describe('summaryDigest', () => {
  it('counts tasks by status per action and gives each task its lead unit and share on time', () => {
    const s = snapshot();
    const d = summaryDigest(plan, s, 2031, '2031-12-31', visibleUnitsFor(office, s));
    expect(d.headline).toMatchObject({ tasks: 3, owed: 6, submitted: 2, overdue: 4, returned: 0 });
    // task 3's only report awaits review: like every progress figure, its status waits for acceptance (figures.ts)
    expect(d.headline.byStatus).toMatchObject({ on_track: 1, not_started: 2, delayed: 0 });
    expect(d.groups).toEqual([
      { id: 10, tasks: 2, byStatus: { done: 0, on_track: 1, at_risk: 0, delayed: 0, not_started: 1 } },
      { id: 20, tasks: 1, byStatus: { done: 0, on_track: 0, at_risk: 0, delayed: 0, not_started: 1 } },
    ]);
    expect(d.tasks[0]).toMatchObject({
      number: 1,
      status: 'on_track',
      leadUnits: ['市科协'],
      onTimeRate: 0.5,
    });
    expect(d.exceptions.overdue.map((c) => [c.taskNumber, c.unitName])).toEqual([
      [1, '市科协'],
      [2, '市科协'],
      [2, '市科技局'],
      [3, '市农业农村局'],
    ]);
  });

  it('names returned reports, reports never filed in an earlier round, and targets not reached', () => {
    const s = snapshot();
    const q2 = {
      ...round,
      id: 2,
      period: 'Q2' as const,
      title: '第二季度',
      opensOn: '2031-06-01',
      dueOn: '2031-06-10',
    };
    s.rounds.push(q2);
    s.reports.push(
      report({ id: 21, roundId: 2, taskNumber: 1, unitId: 2, state: 'returned', status: 'delayed' }),
    );
    s.workItems = [{ ...workItem, targetValue: 10, targetUnit: '场' }];
    s.reports[2] = { ...s.reports[2], state: 'accepted', items: [{ workItemId: 100, progress: 40, value: 4 }] };
    const d = summaryDigest(plan, s, 2031, '2031-12-31');
    expect(d.currentRound?.id).toBe(2);
    expect(d.exceptions.returned.map((c) => [c.taskNumber, c.unitName, c.reportId])).toEqual([
      [1, '市教育局', 21],
    ]);
    expect(d.exceptions.notReported.map((c) => [c.taskNumber, c.unitName, c.roundTitle])).toContainEqual([
      2,
      '市科技局',
      round.title,
    ]);
    expect(d.exceptions.targetsNotReached).toEqual([
      expect.objectContaining({ title: '科普进乡村', target: 10, achieved: 4, targetUnit: '场' }),
    ]);
  });

  it('keeps a district admin to the area’s tasks', () => {
    const s = snapshot();
    const d = summaryDigest(plan, s, 2031, '2031-12-31', visibleUnitsFor(dawa, s));
    expect(d.tasks.map((t) => t.number)).toEqual([3]);
    expect(d.exceptions.overdue).toEqual([]);
  });

  it('reads a task as what most of its units say, a tie as the worse', () => {
    expect(taskStatus(['on_track', 'on_track', 'delayed'])).toBe('on_track');
    expect(taskStatus(['done', 'at_risk'])).toBe('at_risk');
    expect(taskStatus(['delayed', 'delayed', 'done'])).toBe('delayed');
    expect(taskStatus(['done', 'done'])).toBe('done');
    expect(taskStatus([])).toBe('not_started');
  });
});
