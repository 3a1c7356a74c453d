// The one definition of every progress figure the 督查 pages show (board, progress page, summary, scorecards): a
// round's roll-up over ACCEPTED reports only; a report awaiting review is counted apart and named next to the figure;
// a task, group or plan with no accepted figure is "—" (null) and left out of its parent's mean, never counted as 0.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { unitsOwing } from './acc.scope.ts';
import type { AccRound, AccSnapshot } from './acc.types.ts';
import { countsInProgress } from './cells.ts';
import { rollUp } from './rollup.view.ts';

export type Visible = ((unitId: number) => boolean) | undefined;

/** The snapshot a reader's figures are computed from: every report, or only those of units they may see. */
export const visibleSnapshot = (s: AccSnapshot, visible: Visible): AccSnapshot =>
  visible ? { ...s, reports: s.reports.filter((r) => visible(r.unitId)) } : s;

/**
 * The plan as a reader's roll-up sees it: for a district admin (or one unit) only the tasks those units carry that
 * year (so the plan and group figures are theirs, not the city's).
 */
export function visiblePlan(plan: PlanBundle, s: AccSnapshot, year: number, visible: Visible): PlanBundle {
  if (!visible) return plan;
  const items = s.workItems.filter((w) => w.year === year);
  const tasks = plan.tasks.filter((t) => t.groupId !== null && unitsOwing(plan, t, items).some(visible));
  const keep = new Set(tasks.map((t) => t.number));
  return {
    ...plan,
    tasks,
    groups: plan.groups.map((g) => ({ ...g, taskNumbers: g.taskNumbers.filter((n) => keep.has(n)) })),
  };
}

/** Both readers' limits at once (a district admin's area and a board filter), or none. */
export const bothVisible = (a: Visible, b: Visible): Visible => (a && b ? (u) => a(u) && b(u) : (a ?? b));

/** The round a year's figures are of (summary, scorecards): the latest by due date that has opened. */
export function figureRound(rounds: AccRound[], year: number, today: string): AccRound | undefined {
  return rounds
    .filter((r) => r.year === year && r.opensOn <= today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .at(-1);
}

/** What a figure was computed from, shown where it is used: the round, accepted reports, those still awaiting review. */
export interface FigureBasis {
  roundId: number;
  roundTitle: string;
  accepted: number;
  awaitingReview: number;
}

/**
 * The progress of the units a reader sees (all, a district's, one unit's) in one round: the roll-up of the plan as
 * those units carry it, over their accepted reports, with its basis.
 */
export function progressFigure(plan: PlanBundle, s: AccSnapshot, round: AccRound, visible: Visible) {
  const seen = visibleSnapshot(s, visible);
  const roll = rollUp(visiblePlan(plan, s, round.year, visible), seen, round.id);
  const inRound = seen.reports.filter((r) => r.roundId === round.id);
  const basis: FigureBasis = {
    roundId: round.id,
    roundTitle: round.title,
    accepted: inRound.filter(countsInProgress).length,
    awaitingReview: inRound.filter((r) => r.state === 'submitted').length,
  };
  return { progress: roll?.progress ?? null, roll, basis };
}
