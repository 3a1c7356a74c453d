// Unit scorecards for a year: reports owed, on time, late, missing, returned at least once; rectifications open and
// overdue; progress = the unit's figure in the year's latest opened round (figures.ts: accepted reports only, the same
// number the board and summary show for the unit), returned with its tasks' weights and what it was computed from.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccSnapshot } from './acc.types.ts';
import { openedRounds, roundCells, timeliness } from './cells.ts';
import { figureRound, progressFigure } from './figures.ts';

export function unitScorecards(
  b: PlanBundle,
  s: AccSnapshot,
  year: number,
  today: string,
  visibleUnits?: (unitId: number) => boolean,
) {
  const rounds = openedRounds(s, year, today);
  const cells = rounds.flatMap((r) => roundCells(b, s, r, today));
  const figureOf = figureRound(rounds, year, today);
  return [...b.units.values()]
    .filter((u) => !visibleUnits || visibleUnits(u.id))
    .map((u) => {
      const mine = cells.filter((c) => c.unitId === u.id);
      const tl = mine.map((c) => timeliness(c.report, c.round, today));
      const figure = figureOf ? progressFigure(b, s, figureOf, (id) => id === u.id) : null;
      const progressWeights = (figure?.roll?.groups ?? []).flatMap((g) =>
        g.tasks.map((t) => ({ taskNumber: t.number, weight: t.weight, progress: t.progress })),
      );
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
        meanProgress: figure?.progress ?? null,
        figureBasis: figure?.basis ?? null,
        progressWeights,
      };
    })
    .filter((row) => row.owed > 0 || row.rectificationsOpen > 0);
}
export type UnitScorecard = ReturnType<typeof unitScorecards>[number];
