// Inspections with their rectification items as a reader sees them: every item, or a liaison's own unit's.
import { can } from '../auth/policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { AccRectification } from './acc.types.ts';
import { daysBetween } from './dates.ts';

/**
 * Newest first; an item is overdue while still open after its deadline. A district admin sees the inspections of its
 * area's units with their items, a liaison those holding an item of its unit.
 */
export async function inspectionsView(ctx: AccContext) {
  const today = ctx.clock.today();
  const all = can(ctx.actor, 'acc.rectifications.all');
  const inspections = await ctx.stores.acc.listInspections(ctx.plan.plan.id);
  const area = new Map<number, boolean>();
  if (ctx.actor?.role === 'district')
    for (const i of inspections)
      for (const id of [...i.unitIds, ...i.rectifications.map((r) => r.ownerUnitId)])
        if (!area.has(id))
          area.set(id, can(ctx.actor, 'acc.board.area', await ctx.stores.acc.unitAreaScope(id)));
  const inArea = (unitId: number) => area.get(unitId) === true;
  const mine = (r: AccRectification) =>
    all || inArea(r.ownerUnitId) || can(ctx.actor, 'acc.file', r.ownerUnitId);
  const name = (id: number) => ctx.plan.units.get(id)?.name ?? '';
  return inspections
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
    .filter((i) => all || i.rectifications.length > 0 || i.unitIds.some(inArea));
}
export type InspectionView = Awaited<ReturnType<typeof inspectionsView>>[number];
export type RectificationView = InspectionView['rectifications'][number];
