// A liaison's home: the reports their unit owes in open rounds with days left, reports to review as a lead unit,
// and the unit's rectification items with overdue flagged.
import type { Actor } from '../auth/roles.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { isLeadOf } from './acc.scope.ts';
import type { AccSnapshot } from './acc.types.ts';
import { roundCells } from './cells.ts';
import { daysBetween } from './dates.ts';

export function myWork(b: PlanBundle, s: AccSnapshot, actor: Actor, today: string) {
  const unitId = actor.unitId;
  const openRounds = s.rounds.filter((r) => r.opensOn <= today);
  const cells = openRounds.flatMap((r) => roundCells(b, s, r, today)).filter((c) => today <= c.closesOn);
  const title = (n: number) => b.tasks.find((t) => t.number === n)?.title ?? '';
  const reports = cells
    .filter((c) => c.unitId === unitId)
    .map((c) => ({
      roundId: c.round.id,
      roundTitle: c.round.title,
      taskNumber: c.taskNumber,
      taskTitle: title(c.taskNumber),
      state: c.state,
      reportId: c.report?.id ?? null,
      owed:
        c.state === 'not_started' || c.state === 'draft' || c.state === 'returned' || c.state === 'overdue',
      dueOn: c.round.dueOn,
      closesOn: c.closesOn,
      daysLeft: daysBetween(today, c.round.dueOn),
    }))
    .sort(
      (a, c) =>
        Number(c.owed) - Number(a.owed) || a.dueOn.localeCompare(c.dueOn) || a.taskNumber - c.taskNumber,
    );
  const toReview = s.reports
    .filter((r) => r.state === 'submitted' && r.unitId !== unitId)
    .filter((r) => {
      const t = b.tasks.find((x) => x.number === r.taskNumber);
      return !!t && (actor.role === 'office' || isLeadOf(actor, b, t));
    })
    .map((r) => ({
      reportId: r.id,
      roundTitle: s.rounds.find((x) => x.id === r.roundId)?.title ?? '',
      taskNumber: r.taskNumber,
      taskTitle: title(r.taskNumber),
      unitId: r.unitId,
      unitName: b.units.get(r.unitId)?.name ?? '',
      submittedAt: r.submittedAt,
    }));
  const rectifications = s.rectifications
    .filter((r) => r.ownerUnitId === unitId && r.state !== 'closed')
    .map((r) => ({
      ...r,
      overdue: r.state === 'open' && today > r.deadline,
      daysLeft: daysBetween(today, r.deadline),
    }))
    .sort((a, c) => a.deadline.localeCompare(c.deadline));
  return { unitId, today, reports, toReview, rectifications };
}
export type MyWork = ReturnType<typeof myWork>;
