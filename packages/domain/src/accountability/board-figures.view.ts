// The board with its rolled-up figures and their weights (task ← work items, plan ← groups), in a reader's area.
import { DomainError } from '../errors.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { unitsOwing } from './acc.scope.ts';
import type { AccSnapshot } from './acc.types.ts';
import { type BoardFilter, supervisionBoard } from './board.view.ts';
import { rollUp } from './rollup.view.ts';

type Visible = ((unitId: number) => boolean) | undefined;

/** The snapshot a reader's figures are computed from: every report, or only those of units they may see. */
export const visibleSnapshot = (s: AccSnapshot, visible: Visible): AccSnapshot =>
  visible ? { ...s, reports: s.reports.filter((r) => visible(r.unitId)) } : s;

/**
 * The plan as a reader's roll-up sees it: for a district admin only the tasks a unit of the area carries that year (so
 * the plan and group figures are the area's, not the city's with every other task at 0).
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

export function boardWithFigures(
  plan: PlanBundle,
  s: AccSnapshot,
  roundId: number,
  filter: Omit<BoardFilter, 'visibleUnits'>,
  visible: Visible,
  today: string,
) {
  const board = supervisionBoard(plan, s, roundId, today, { ...filter, visibleUnits: visible });
  if (!board) throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  const roll = rollUp(visiblePlan(plan, s, board.round.year, visible), visibleSnapshot(s, visible), roundId);
  const taskRoll = new Map(roll?.groups.flatMap((g) => g.tasks.map((t) => [t.number, t])) ?? []);
  return {
    ...board,
    tasks: board.tasks.map((t) => {
      const r = taskRoll.get(t.number);
      return {
        ...t,
        progress: r?.progress ?? null,
        weight: r?.weight ?? 1,
        items: (r?.items ?? []).map((i) => ({
          id: i.id,
          title: i.title,
          weight: i.weight,
          share: i.share,
          progress: i.progress,
        })),
      };
    }),
    planProgress: roll?.progress ?? null,
    planWeights: (roll?.groups ?? []).map((g) => ({
      id: g.id,
      title: g.title,
      weight: g.weight,
      share: g.share,
      progress: g.progress,
    })),
    today,
  };
}
export type BoardWithFigures = ReturnType<typeof boardWithFigures>;
