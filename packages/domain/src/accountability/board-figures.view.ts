// The board with its rolled-up figures and their weights (task ← work items, plan ← groups), in a reader's area and
// for the units the board is filtered to (one unit, an area): the same figure the summary and scorecards show.
import { DomainError } from '../errors.ts';
import { inSubtree } from '../kernel/scope.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccSnapshot } from './acc.types.ts';
import { type BoardFilter, supervisionBoard } from './board.view.ts';
import { bothVisible, progressFigure, type Visible } from './figures.ts';

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
  const { unit, area } = filter;
  const filtered: Visible =
    unit === undefined && area === undefined
      ? undefined
      : (u) =>
          (unit === undefined || u === unit) && (area === undefined || inSubtree(s.unitAreas.get(u), area));
  const { roll, progress, basis } = progressFigure(plan, s, board.round, bothVisible(visible, filtered));
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
    planProgress: progress,
    figureBasis: basis,
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
