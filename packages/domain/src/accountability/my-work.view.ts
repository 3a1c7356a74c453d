// A liaison's home: what its unit owes in open rounds with days left, reports to review, rectifications.
import type { Actor } from '../auth/roles.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { authorizeAcc, mayReview } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { AccSnapshot } from './acc.types.ts';
import { roundCells } from './cells.ts';
import { daysBetween } from './dates.ts';
import { syncCalendarNotifications } from './notifications.ts';

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
      return !!t && mayReview(actor, b, t, r.unitId);
    })
    .map((r) => ({
      reportId: r.id,
      roundTitle: s.rounds.find((x) => x.id === r.roundId)?.title ?? '',
      taskNumber: r.taskNumber,
      taskTitle: title(r.taskNumber),
      unitId: r.unitId,
      unitName: b.units.get(r.unitId)?.name ?? '',
      submittedAt: r.submittedAt,
    }))
    // longest waiting first, as in the statistics queue
    .sort((a, c) => String(a.submittedAt).localeCompare(String(c.submittedAt)) || a.reportId - c.reportId);
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

/**
 * The 督查 home of the reader (a liaison's unit, the office's review queue), after storing the calendar notifications
 * due by today; run it in a transaction, as it writes.
 */
export async function myWorkView(ctx: AccContext) {
  authorizeAcc(ctx.actor, 'acc.my', 'the 督查 home is for unit liaisons and the office');
  const actor = ctx.actor as Actor;
  const s = await ctx.stores.acc.snapshot(ctx.plan.plan.id);
  await syncCalendarNotifications(ctx, s);
  return {
    ...myWork(ctx.plan, s, actor, ctx.clock.today()),
    unitName: actor.unitId ? (ctx.plan.units.get(actor.unitId)?.name ?? '') : null,
  };
}
export type MyWorkView = Awaited<ReturnType<typeof myWorkView>>;
