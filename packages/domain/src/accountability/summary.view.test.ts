// The year summary: every task with its work items, figures and submitted reports, or a district admin's area only.
import { describe, expect, it } from 'vitest';
import { visibleUnitsFor } from './acc.policy.ts';
import { dawa, office, plan, snapshot } from './acc.test-fixture.ts';
import { yearSummary } from './summary.view.ts';

describe('yearSummary', () => {
  it('holds every task and the reports past draft, with the weights of each figure', () => {
    const s = snapshot();
    const y = yearSummary(plan, s, 2031, '2031-12-31', visibleUnitsFor(office, s));
    expect(y.tasks.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(y.tasks[0].reports.map((r) => [r.id, r.unitName])).toEqual([[11, '市教育局']]);
    expect(y.tasks[2].workItems[0]).toMatchObject({ id: 100, weight: 2, share: 1, progress: 40 });
    expect(y.groups.map((g) => g.share)).toEqual([0.5, 0.5]);
  });
  it('holds only the area’s tasks and reports for a district admin', () => {
    const s = snapshot();
    const y = yearSummary(plan, s, 2031, '2031-12-31', visibleUnitsFor(dawa, s));
    expect(y.tasks.map((t) => t.number)).toEqual([3]);
    expect(y.tasks[0].reports.map((r) => r.unitName)).toEqual(['大洼区人民政府']);
    expect(y.groups.map((g) => g.id)).toEqual([20]);
    expect(y.progress).toBe(40);
  });
  it('is empty of figures for a year without rounds', () => {
    const y = yearSummary(plan, snapshot(), 2030, '2030-12-31');
    expect([y.rounds, y.progress, y.groups]).toEqual([[], null, []]);
  });
});
