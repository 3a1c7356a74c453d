// Notifications: calendar ones (idempotent), the office's reminder to all, a unit's list and read state.
import { DomainError } from '../errors.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { authorizeAcc } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { AccNotificationInput, AccNotificationList, AccSnapshot } from './acc.types.ts';
import { type Cell, roundCells } from './cells.ts';
import { addDays } from './dates.ts';

const outstanding = (c: Cell) =>
  c.state === 'not_started' || c.state === 'draft' || c.state === 'returned' || c.state === 'overdue';

function byUnit(cells: Cell[]) {
  const m = new Map<number, Cell[]>();
  for (const c of cells) m.set(c.unitId, [...(m.get(c.unitId) ?? []), c]);
  return m;
}

export function calendarNotifications(b: PlanBundle, s: AccSnapshot, today: string): AccNotificationInput[] {
  const out: AccNotificationInput[] = [];
  for (const round of s.rounds.filter((r) => r.opensOn <= today && today <= r.closesOn)) {
    for (const [unitId, cells] of byUnit(roundCells(b, s, round, today))) {
      const params = { roundId: round.id, roundTitle: round.title, dueOn: round.dueOn, count: cells.length };
      out.push({
        unitId,
        kind: 'round_opened',
        dedupeKey: `round-opened:${round.id}:${unitId}`,
        params,
        link: '/acc',
      });
      const owed = cells.filter(outstanding);
      if (owed.length && today >= addDays(round.dueOn, -3) && today <= round.dueOn) {
        out.push({
          unitId,
          kind: 'round_due_soon',
          dedupeKey: `round-due:${round.id}:${unitId}`,
          params: { ...params, count: owed.length },
          link: '/acc',
        });
      }
    }
  }
  return out;
}

/** The office reminds every unit with reports outstanding in a round; returns the units reminded. */
export async function remindOutstanding(ctx: AccContext, snapshot: AccSnapshot, roundId: number) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may send reminders');
  const round = snapshot.rounds.find((r) => r.id === roundId);
  if (!round) throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  const units: number[] = [];
  for (const [unitId, cells] of byUnit(roundCells(ctx.plan, snapshot, round, ctx.clock.today()))) {
    const owed = cells.filter(outstanding);
    if (!owed.length) continue;
    units.push(unitId);
    await ctx.stores.acc.notify({
      unitId,
      kind: 'reminder',
      dedupeKey: `reminder:${roundId}:${unitId}:${ctx.clock.now().toISOString()}`,
      params: { roundId, roundTitle: round.title, dueOn: round.dueOn, count: owed.length },
      link: '/acc',
    });
  }
  await ctx.audit.write({
    action: 'acc.round.remind',
    entity: 'acc_round',
    entityId: roundId,
    after: { units },
  });
  return { units };
}

/** The office's "remind all" of a round, answering with the units reminded by name. */
export async function remindRound(ctx: AccContext, roundId: number) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may send reminders');
  const { units } = await remindOutstanding(ctx, await ctx.stores.acc.snapshot(ctx.plan.plan.id), roundId);
  return {
    reminded: units.length,
    units: units.map((id) => ({ id, name: ctx.plan.units.get(id)?.name ?? '' })),
  };
}
export type ReminderResult = Awaited<ReturnType<typeof remindRound>>;

/** Stores the calendar notifications due by today (round opened, due in 3 days); idempotent. Returns how many were new. */
export async function syncCalendarNotifications(ctx: AccContext, snapshot?: AccSnapshot): Promise<number> {
  const s = snapshot ?? (await ctx.stores.acc.snapshot(ctx.plan.plan.id));
  let added = 0;
  for (const n of calendarNotifications(ctx.plan, s, ctx.clock.today()))
    if (await ctx.stores.acc.notify(n)) added++;
  return added;
}

function unitOfReader(ctx: Pick<AccContext, 'actor'>): { unitId: number; userId: number } {
  authorizeAcc(ctx.actor, 'acc.notifications', 'this page is for unit liaisons');
  return { unitId: ctx.actor?.unitId as number, userId: ctx.actor?.userId as number };
}

/** The reader's unit's notifications (calendar ones brought up to date first) with the reader's own read state. */
export async function myNotifications(ctx: AccContext): Promise<AccNotificationList> {
  const { unitId, userId } = unitOfReader(ctx);
  await syncCalendarNotifications(ctx);
  return ctx.stores.acc.listNotifications(unitId, userId);
}

/** Marks the reader's unit's notifications (some, or all) read for the reader only. */
export async function markNotificationsRead(
  ctx: Pick<AccContext, 'actor' | 'stores'>,
  ids: number[] | 'all',
) {
  const { unitId, userId } = unitOfReader(ctx);
  return { updated: await ctx.stores.acc.markNotificationsRead(unitId, userId, ids) };
}
export type NotificationsRead = Awaited<ReturnType<typeof markNotificationsRead>>;
