// Roll-up with published weights: a task is the weighted mean of its work items (or of its units' reported progress
// when it has none), a group the weighted mean of its tasks, the plan the weighted mean of its groups. Only accepted
// reports count (figures.ts); a part without a figure is null ("—") and left out of its parent's mean, not taken as 0.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccSnapshot } from './acc.types.ts';
import { countsInProgress } from './cells.ts';

function weightedMean(children: { weight: number; progress: number | null }[]): number | null {
  const known = children.filter((c): c is { weight: number; progress: number } => c.progress !== null);
  const total = known.reduce((a, c) => a + c.weight, 0);
  if (total <= 0) return null;
  return known.reduce((a, c) => a + c.weight * c.progress, 0) / total;
}
const withShares = <T extends { weight: number }>(xs: T[]) => {
  const total = xs.reduce((a, c) => a + c.weight, 0);
  return xs.map((x) => ({ ...x, share: total > 0 ? x.weight / total : 0 }));
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function rollUp(b: PlanBundle, s: AccSnapshot, roundId: number) {
  const round = s.rounds.find((r) => r.id === roundId);
  if (!round) return null;
  const reports = s.reports.filter((r) => r.roundId === roundId && countsInProgress(r));
  const weightOf = (level: 'task' | 'group', ref: number) =>
    s.weights.find((w) => w.level === level && w.ref === ref)?.weight ?? 1;

  const tasks = b.tasks
    .filter((t) => t.groupId !== null)
    .map((t) => {
      const mine = reports.filter((r) => r.taskNumber === t.number);
      const items = withShares(
        s.workItems
          .filter((w) => w.year === round.year && w.taskNumber === t.number)
          .map((w) => {
            const entries = mine.flatMap((r) => r.items.filter((i) => i.workItemId === w.id));
            const value = entries.some((e) => e.value !== null)
              ? entries.reduce((a, e) => a + (e.value ?? 0), 0)
              : null;
            return {
              id: w.id,
              title: w.title,
              weight: w.weight,
              progress: mean(entries.map((e) => e.progress)),
              value,
              targetValue: w.targetValue,
              targetUnit: w.targetUnit,
            };
          }),
      );
      const progress = items.length ? weightedMean(items) : mean(mine.map((r) => r.progress));
      return {
        number: t.number,
        title: t.title,
        groupId: t.groupId as number,
        weight: weightOf('task', t.number),
        progress,
        reports: mine.length,
        items,
      };
    });
  const groups = withShares(
    b.groups
      .filter((g) => g.taskNumbers.length > 0)
      .map((g) => {
        const children = withShares(tasks.filter((t) => t.groupId === g.id));
        return {
          id: g.id,
          kind: g.kind,
          number: g.number,
          title: g.title,
          weight: weightOf('group', g.id),
          progress: weightedMean(children),
          tasks: children,
        };
      }),
  );
  return { round, progress: weightedMean(groups), groups };
}
export type RollUp = NonNullable<ReturnType<typeof rollUp>>;
