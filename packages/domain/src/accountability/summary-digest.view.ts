// The year summary as a leader reads it: headline figures, per action (group) its tasks by status, per task one line
// (status, lead units, share on time), and the exceptions: overdue now, never reported, returned, targets not reached.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccReport, AccSnapshot, ReportStatus } from './acc.types.ts';
import { type Cell, countsInProgress, openedRounds, roundCells, timeliness } from './cells.ts';

/** Worst first: a tie between two statuses reads as the worse one. */
const severity: ReportStatus[] = ['delayed', 'at_risk', 'not_started', 'on_track', 'done'];

/**
 * A task's status: what most of its units' latest reports say (a tie reads as the worse); not started without any.
 * Units that say otherwise show in the task's detail, not in its status.
 */
export function taskStatus(latest: readonly ReportStatus[]): ReportStatus {
  if (latest.length === 0) return 'not_started';
  const tally = (st: ReportStatus) => latest.filter((x) => x === st).length;
  return severity.reduce((best, st) => (tally(st) > tally(best) ? st : best), severity[0]);
}

/** Filed: submitted and awaiting review, or accepted (a returned report is to be filed again). */
const filed = (r: AccReport | undefined) => r?.state === 'submitted' || r?.state === 'accepted';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function summaryDigest(
  plan: PlanBundle,
  s: AccSnapshot,
  year: number,
  today: string,
  visibleUnits?: (unitId: number) => boolean,
) {
  const rounds = openedRounds(s, year, today);
  const current = rounds.at(-1);
  const cells = rounds
    .flatMap((r) => roundCells(plan, s, r, today))
    .filter((c) => !visibleUnits || visibleUnits(c.unitId));
  const unitName = (id: number) => plan.units.get(id)?.name ?? '';
  const taskTitle = new Map(plan.tasks.map((t) => [t.number, t.title]));
  const cellLine = (c: Cell) => ({
    taskNumber: c.taskNumber,
    taskTitle: taskTitle.get(c.taskNumber) ?? '',
    unitId: c.unitId,
    unitName: unitName(c.unitId),
    roundTitle: c.round.title,
    dueOn: c.round.dueOn,
    reportId: c.report?.id ?? null,
  });
  /** Each (task, unit)'s latest accepted report, rounds in order (awaiting review does not count: figures.ts). */
  const latest = new Map<string, NonNullable<Cell['report']>>();
  for (const c of cells)
    if (countsInProgress(c.report) && c.report) latest.set(`${c.taskNumber}:${c.unitId}`, c.report);

  const tasks = plan.tasks
    .filter((t) => t.groupId !== null)
    .map((t) => {
      const mine = cells.filter((c) => c.taskNumber === t.number);
      const statuses = [...new Set(mine.map((c) => c.unitId))].flatMap((u) => {
        const r = latest.get(`${t.number}:${u}`);
        return r ? [r.status] : [];
      });
      const tl = mine.map((c) => timeliness(c.report, c.round, today));
      const onTime = tl.filter((x) => x === 'on_time').length;
      const judged = tl.filter((x) => x !== 'pending').length;
      const leads = plan.groups.find((g) => g.id === t.groupId)?.leadUnitIds ?? [];
      return {
        number: t.number,
        title: t.title,
        groupId: t.groupId as number,
        status: taskStatus(statuses),
        leadUnits: leads.map(unitName).filter(Boolean),
        owed: mine.length,
        submitted: mine.filter((c) => filed(c.report)).length,
        onTimeRate: share(onTime, judged),
      };
    })
    .filter((t) => t.owed > 0 || !visibleUnits);

  const statusCounts = (list: typeof tasks) =>
    Object.fromEntries(
      (['done', 'on_track', 'at_risk', 'delayed', 'not_started'] as const).map((st) => [
        st,
        list.filter((t) => t.status === st).length,
      ]),
    ) as Record<ReportStatus, number>;

  const items = s.workItems.filter((w) => w.year === year && w.targetValue !== null);
  const targetsNotReached = items.flatMap((w) => {
    const values = w.ownerUnitIds
      .filter((u) => !visibleUnits || visibleUnits(u))
      .map(
        (u) => latest.get(`${w.taskNumber}:${u}`)?.items.find((i) => i.workItemId === w.id)?.value ?? null,
      );
    if (values.length === 0) return [];
    const reported = values.filter((v): v is number => v !== null);
    // a rate (%) is reached when every owner reaches it; a count when the owners together do
    const achieved =
      reported.length === 0
        ? null
        : w.targetUnit === '%'
          ? Math.min(...reported)
          : reported.reduce((a, v) => a + v, 0);
    const target = w.targetValue as number;
    if (achieved !== null && achieved >= target) return [];
    return [
      {
        workItemId: w.id,
        title: w.title,
        taskNumber: w.taskNumber,
        taskTitle: taskTitle.get(w.taskNumber) ?? '',
        target,
        targetUnit: w.targetUnit,
        achieved,
        dueOn: w.dueOn,
      },
    ];
  });

  const overdue = cells.filter((c) => c.round.id === current?.id && c.state === 'overdue').map(cellLine);
  const notReported = cells.filter((c) => c.round.id !== current?.id && c.state === 'overdue').map(cellLine);
  const returned = cells.filter((c) => c.state === 'returned').map(cellLine);
  const tl = cells.map((c) => timeliness(c.report, c.round, today));
  return {
    currentRound: current ? { id: current.id, title: current.title, dueOn: current.dueOn } : null,
    headline: {
      tasks: tasks.length,
      byStatus: statusCounts(tasks),
      owed: cells.length,
      submitted: cells.filter((c) => filed(c.report)).length,
      onTimeRate: share(tl.filter((x) => x === 'on_time').length, tl.filter((x) => x !== 'pending').length),
      overdue: overdue.length,
      notReported: notReported.length,
      returned: returned.length,
      targetsNotReached: targetsNotReached.length,
    },
    groups: plan.groups
      .map((g) => {
        const mine = tasks.filter((t) => t.groupId === g.id);
        return { id: g.id, tasks: mine.length, byStatus: statusCounts(mine) };
      })
      .filter((g) => g.tasks > 0),
    tasks,
    exceptions: { overdue, notReported, returned, targetsNotReached },
  };
}
export type SummaryDigest = ReturnType<typeof summaryDigest>;
