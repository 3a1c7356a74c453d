// A year's implementation summary: the leader's digest, then tasks, work items, weighted figures and reports' text,
// in a reader's area.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccSnapshot } from './acc.types.ts';
import { figureRound, progressFigure, visiblePlan, visibleSnapshot } from './figures.ts';
import { summaryDigest } from './summary-digest.view.ts';

export function yearSummary(
  plan: PlanBundle,
  s: AccSnapshot,
  year: number,
  today: string,
  visibleUnits?: (unitId: number) => boolean,
) {
  const rounds = s.rounds.filter((r) => r.year === year).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  // the figures are the latest opened round's, as on the board and the scorecards (figures.ts)
  const last = figureRound(rounds, year, today);
  const seen = visiblePlan(plan, s, year, visibleUnits);
  const figure = last ? progressFigure(plan, s, last, visibleUnits) : null;
  const roll = figure?.roll ?? null;
  const taskRoll = new Map(roll?.groups.flatMap((g) => g.tasks.map((t) => [t.number, t])) ?? []);
  const items = s.workItems.filter((w) => w.year === year);
  const mine = seen.tasks.filter((t) => t.groupId !== null);
  const myGroups = new Set(mine.map((t) => t.groupId));
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  return {
    year,
    plan: { id: plan.plan.id, title: plan.plan.title },
    rounds,
    progress: figure?.progress ?? null,
    figureBasis: figure?.basis ?? null,
    /** What a leader reads first: headline figures, tasks by status, one line per task, the exceptions. */
    digest: summaryDigest(seen, visibleSnapshot(s, visibleUnits), year, today, visibleUnits),
    groups: (roll?.groups ?? [])
      .filter((g) => myGroups.has(g.id))
      .map((g) => ({
        id: g.id,
        kind: g.kind,
        number: g.number,
        title: g.title,
        weight: g.weight,
        share: g.share,
        progress: g.progress,
      })),
    tasks: mine.map((t) => ({
      number: t.number,
      title: t.title,
      groupId: t.groupId,
      progress: taskRoll.get(t.number)?.progress ?? null,
      weight: taskRoll.get(t.number)?.weight ?? 1,
      share: taskRoll.get(t.number)?.share ?? 0,
      workItems: items
        .filter((w) => w.taskNumber === t.number)
        .map((w) => {
          const r = taskRoll.get(t.number)?.items.find((i) => i.id === w.id);
          return { ...w, share: r?.share ?? 0, progress: r?.progress ?? null };
        }),
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
