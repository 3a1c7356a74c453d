// What the annual report adds to the published figures, read when the office generates it (never published on the
// portal): the units' own summaries from their ACCEPTED progress reports, the year's inspections with their
// rectification items, and the exceptions (reports overdue or never filed, returned, work-item targets not reached,
// statistics reports overdue, statistics figures a check flagged).

import { yearSummary } from '../accountability/summary.view.ts';
import { summaryDigest } from '../accountability/summary-digest.view.ts';
import { checkRules } from '../indicators/ind.rules.ts';
import type { ValueCell } from '../indicators/ind.types.ts';
import type { PubContext } from './pub.ports.ts';
import type { PubRelease } from './pub.records.ts';

export interface ReportFacts {
  /** the day the facts were read (the jurisdiction's date) */
  asOf: string;
  /** the accountability year the summaries and exceptions are of (the release's progress basis) */
  year: number;
  rounds: string[];
  summaries: {
    kind: 'action' | 'project';
    number: number;
    title: string;
    tasks: {
      number: number;
      title: string;
      reports: {
        unit: string;
        round: string;
        progress: number;
        done: string;
        problems: string;
        nextSteps: string;
      }[];
    }[];
  }[];
  inspections: {
    heldOn: string;
    title: string;
    method: string;
    units: string[];
    summary: string;
    items: {
      finding: string;
      owner: string;
      deadline: string;
      state: 'open' | 'responded' | 'closed';
      overdue: boolean;
    }[];
  }[];
  exceptions: {
    overdue: { task: number; unit: string; round: string; dueOn: string }[];
    notReported: { task: number; unit: string; round: string; dueOn: string }[];
    returned: { task: number; unit: string; round: string; dueOn: string }[];
    targetsNotReached: {
      task: number;
      title: string;
      target: number;
      unit: string;
      achieved: number | null;
    }[];
    statsOverdue: { unit: string; dueOn: string; state: string }[];
    statsFlagged: {
      unit: string;
      rule: string;
      severity: 'hard' | 'soft';
      left: number;
      op: string;
      right: number;
      explanation: string;
    }[];
  };
}

async function statisticsExceptions(ctx: PubContext, year: number, today: string) {
  const ind = ctx.stores.ind;
  const [reports, units, values, form] = await Promise.all([
    ind.listReports(year),
    ind.listUnits(),
    ind.listCodedValues(year),
    ind.loadForm(year),
  ]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const cells = new Map<string, ValueCell[]>();
  for (const v of values)
    if (typeof v.value === 'number' || v.value === null)
      cells.set(v.unit, [...(cells.get(v.unit) ?? []), { item: v.item, option: v.option, value: v.value }]);
  const statsOverdue = reports
    .filter((r) => ['open', 'draft', 'returned'].includes(r.state) && r.dueOn < today)
    .map((r) => ({ unit: byId.get(r.unitId)?.name ?? '', dueOn: r.dueOn, state: r.state }));
  // the figures the public side counts (accepted reports) that a rule flags, with the unit's written explanation
  const statsFlagged = reports
    .filter((r) => r.state === 'accepted')
    .flatMap((r) => {
      const unit = byId.get(r.unitId);
      if (!unit || !form) return [];
      return checkRules(form.rules, cells.get(unit.code) ?? []).map((v) => ({
        unit: unit.name,
        rule: v.zh,
        severity: v.severity,
        left: v.left,
        op: v.op,
        right: v.right,
        explanation: r.explanations[v.rule] ?? '',
      }));
    });
  return { statsOverdue, statsFlagged };
}

/** The report's facts of a release: its progress basis's year (or the release's year) as of today. */
export async function reportFacts(ctx: PubContext, release: PubRelease): Promise<ReportFacts> {
  const today = ctx.clock.today();
  const plan = ctx.plan;
  const year = release.snapshot.progress.basis?.year ?? release.year;
  const s = await ctx.stores.acc.snapshot(plan.plan.id, { year });
  const summary = yearSummary(plan, s, year, today);
  const digest = summaryDigest(plan, s, year, today);
  const unitName = (id: number) => plan.units.get(id)?.name ?? '';
  const summaries = plan.groups
    .filter((g) => g.kind === 'action' || g.kind === 'project')
    .map((g) => ({
      kind: g.kind as 'action' | 'project',
      number: g.number,
      title: g.title,
      tasks: summary.tasks
        .filter((t) => t.groupId === g.id)
        .map((t) => {
          // each unit's latest accepted report of the year (rounds in order)
          const latest = new Map(t.reports.filter((r) => r.state === 'accepted').map((r) => [r.unitName, r]));
          return {
            number: t.number,
            title: t.title,
            reports: [...latest.values()].map((r) => ({
              unit: r.unitName,
              round: r.roundTitle,
              progress: r.progress,
              done: r.done,
              problems: r.problems,
              nextSteps: r.nextSteps,
            })),
          };
        }),
    }));
  const inspections = (await ctx.stores.acc.listInspections(plan.plan.id))
    .filter((i) => i.heldOn.startsWith(String(year)))
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
    .map((i) => ({
      heldOn: i.heldOn,
      title: i.title,
      method: i.method,
      units: i.unitIds.map(unitName),
      summary: i.summary,
      items: i.rectifications.map((r) => ({
        finding: r.finding,
        owner: unitName(r.ownerUnitId),
        deadline: r.deadline,
        state: r.state,
        overdue: r.state === 'open' && today > r.deadline,
      })),
    }));
  const line = (c: { taskNumber: number; unitName: string; roundTitle: string; dueOn: string }) => ({
    task: c.taskNumber,
    unit: c.unitName,
    round: c.roundTitle,
    dueOn: c.dueOn,
  });
  const e = digest.exceptions;
  return {
    asOf: today,
    year,
    rounds: summary.rounds.map((r) => r.title),
    summaries,
    inspections,
    exceptions: {
      overdue: e.overdue.map(line),
      notReported: e.notReported.map(line),
      returned: e.returned.map(line),
      targetsNotReached: e.targetsNotReached.map((x) => ({
        task: x.taskNumber,
        title: x.title,
        target: x.target,
        unit: x.targetUnit ?? '',
        achieved: x.achieved,
      })),
      ...(await statisticsExceptions(ctx, release.year, today)),
    },
  };
}
