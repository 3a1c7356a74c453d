// A year's implementation summary: every task with its work items, roll-up figures and its reports' text and figures.
import { type AccSnapshot, type PlanBundle, rollUp } from '@kepu/domain';

export function yearSummary(
  plan: PlanBundle,
  s: AccSnapshot,
  year: number,
  visibleUnits?: (unitId: number) => boolean,
) {
  const rounds = s.rounds.filter((r) => r.year === year).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const last = rounds.at(-1);
  const roll = last ? rollUp(plan, s, last.id) : null;
  const taskRoll = new Map(roll?.groups.flatMap((g) => g.tasks.map((t) => [t.number, t])) ?? []);
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  return {
    year,
    plan: { id: plan.plan.id, title: plan.plan.title },
    rounds,
    progress: roll?.progress ?? null,
    groups: (roll?.groups ?? []).map((g) => ({
      id: g.id,
      kind: g.kind,
      number: g.number,
      title: g.title,
      weight: g.weight,
      share: g.share,
      progress: g.progress,
    })),
    tasks: plan.tasks
      .filter((t) => t.groupId !== null)
      .map((t) => ({
        number: t.number,
        title: t.title,
        groupId: t.groupId,
        progress: taskRoll.get(t.number)?.progress ?? null,
        weight: taskRoll.get(t.number)?.weight ?? 1,
        workItems: s.workItems.filter((w) => w.year === year && w.taskNumber === t.number),
        reports: s.reports
          .filter(
            (r) =>
              r.taskNumber === t.number &&
              roundOf.has(r.roundId) &&
              r.state !== 'draft' &&
              (!visibleUnits || visibleUnits(r.unitId)),
          )
          .sort(
            (a, b) =>
              (roundOf.get(a.roundId)?.dueOn ?? '').localeCompare(roundOf.get(b.roundId)?.dueOn ?? '') ||
              a.unitId - b.unitId,
          )
          .map((r) => ({
            id: r.id,
            roundTitle: roundOf.get(r.roundId)?.title ?? '',
            unitName: plan.units.get(r.unitId)?.name ?? '',
            state: r.state,
            status: r.status,
            previousStatus: r.previousStatus,
            progress: r.progress,
            done: r.done,
            measures: r.measures,
            problems: r.problems,
            nextSteps: r.nextSteps,
            items: r.items,
          })),
      })),
  };
}
export type YearSummary = ReturnType<typeof yearSummary>;
