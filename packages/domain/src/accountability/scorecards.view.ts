// Unit scorecards for a year: reports owed, on time, late, missing, returned at least once; rectifications open and
// overdue; progress = mean of its tasks (its latest submitted report per task) weighted by the published task weights,
// returned with each task's weight so every screen can show what the figure is made of.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccSnapshot } from './acc.types.ts';
import { counts, openedRounds, roundCells, timeliness } from './cells.ts';

export function unitScorecards(
  b: PlanBundle,
  s: AccSnapshot,
  year: number,
  today: string,
  visibleUnits?: (unitId: number) => boolean,
) {
  const cells = openedRounds(s, year, today).flatMap((r) => roundCells(b, s, r, today));
  return [...b.units.values()]
    .filter((u) => !visibleUnits || visibleUnits(u.id))
    .map((u) => {
      const mine = cells.filter((c) => c.unitId === u.id);
      const tl = mine.map((c) => timeliness(c.report, c.round, today));
      const latest = new Map<number, number>();
      for (const c of mine) if (counts(c.report) && c.report) latest.set(c.taskNumber, c.report.progress);
      const weightOf = (n: number) => s.weights.find((w) => w.level === 'task' && w.ref === n)?.weight ?? 1;
      const progressWeights = [...latest].map(([taskNumber, progress]) => ({
        taskNumber,
        weight: weightOf(taskNumber),
        progress,
      }));
      const totalWeight = progressWeights.reduce((a, c) => a + c.weight, 0);
      const rects = s.rectifications.filter((r) => r.ownerUnitId === u.id);
      const onTime = tl.filter((x) => x === 'on_time').length;
      const late = tl.filter((x) => x === 'late').length;
      const missing = tl.filter((x) => x === 'missing').length;
      const judged = onTime + late + missing;
      return {
        unitId: u.id,
        unitName: u.name,
        owed: mine.length,
        onTime,
        late,
        missing,
        pending: tl.filter((x) => x === 'pending').length,
        returned: mine.filter((c) => (c.report?.returnedCount ?? 0) > 0).length,
        timelinessRate: judged ? onTime / judged : null,
        rectificationsOpen: rects.filter((r) => r.state !== 'closed').length,
        rectificationsOverdue: rects.filter((r) => r.state === 'open' && today > r.deadline).length,
        meanProgress:
          totalWeight > 0
            ? progressWeights.reduce((a, c) => a + c.weight * c.progress, 0) / totalWeight
            : null,
        progressWeights,
      };
    })
    .filter((row) => row.owed > 0 || row.rectificationsOpen > 0);
}
export type UnitScorecard = ReturnType<typeof unitScorecards>[number];
