// Inspections with their rectification items as a reader sees them: every item, or a liaison's own unit's.
import { can } from '../auth/policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { AccRectification } from './acc.types.ts';
import { daysBetween } from './dates.ts';

/** Newest first; an item is overdue while still open after its deadline. */
export async function inspectionsView(ctx: AccContext) {
  const today = ctx.clock.today();
  const all = can(ctx.actor, 'acc.rectifications.all');
  const mine = (r: AccRectification) => all || can(ctx.actor, 'acc.file', r.ownerUnitId);
  const name = (id: number) => ctx.plan.units.get(id)?.name ?? '';
  return (await ctx.stores.acc.listInspections(ctx.plan.plan.id))
    .map((i) => ({
      ...i,
      units: i.unitIds.map((id) => ({ id, name: name(id) })),
      rectifications: i.rectifications.filter(mine).map((r) => ({
        ...r,
        ownerName: name(r.ownerUnitId),
        overdue: r.state === 'open' && today > r.deadline,
        daysLeft: daysBetween(today, r.deadline),
      })),
    }))
    .filter((i) => all || i.rectifications.length > 0);
}
export type InspectionView = Awaited<ReturnType<typeof inspectionsView>>[number];
export type RectificationView = InspectionView['rectifications'][number];
