// Notifications that follow from the calendar (a round opened, due in three days), computed idempotently so a job
// can run at start-up, hourly and on read without ever losing or doubling one; and the office's reminder to all.
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AccContext } from './acc.ports.ts';
import { requireOffice } from './acc.scope.ts';
import type { AccNotificationInput, AccSnapshot } from './acc.types.ts';
import { type Cell, roundCells } from './cells.ts';
import { addDays } from './dates.ts';
import { DomainError } from '../errors.ts';

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
  requireOffice(ctx.actor, 'send reminders');
  const round = snapshot.rounds.find((r) => r.id === roundId);
  if (!round) throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  const units: number[] = [];
  for (const [unitId, cells] of byUnit(roundCells(ctx.plan, snapshot, round, ctx.today))) {
    const owed = cells.filter(outstanding);
    if (!owed.length) continue;
    units.push(unitId);
    await ctx.acc.notify({
      unitId,
      kind: 'reminder',
      dedupeKey: `reminder:${roundId}:${unitId}:${ctx.now.toISOString()}`,
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
