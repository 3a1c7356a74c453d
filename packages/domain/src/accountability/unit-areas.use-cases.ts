// A unit's area (district scope; none = city-level), and local units the office adds to the jurisdiction.
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { inSubtree } from '../kernel/scope.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import { authorizeAcc } from './acc.policy.ts';
import type { AccContext, AreaRow } from './acc.ports.ts';

const areaCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{6,12}$/, 'an area code has 6–12 digits or capital letters');

/**
 * The plan with every unit of its jurisdiction: the outline's and the local units the office added (a district
 * government, say), which have no plan duties but may own work items and so owe reports.
 */
export async function withLocalUnits(ctx: Pick<AccContext, 'stores'>, plan: PlanBundle): Promise<PlanBundle> {
  const all = await ctx.stores.acc.jurisdictionUnits(plan.plan.jurisdictionCode);
  if (all.every((u) => plan.units.has(u.id))) return plan;
  return { ...plan, units: new Map([...plan.units, ...all.map((u) => [u.id, u] as const)]) };
}

export const unitAreaSchema = z.strictObject({ areaCode: areaCode.nullable() });
export const localUnitSchema = z.strictObject({
  name: z.string().trim().min(2).max(60),
  areaCode: areaCode.nullable().optional(),
});
export type LocalUnitInput = z.infer<typeof localUnitSchema>;

/** The city itself, one of its districts or counties, or a development zone; the city means "no link". */
async function checkArea(ctx: AccContext, code: string | null | undefined): Promise<AreaRow | null> {
  if (!code) return null;
  const root = ctx.plan.plan.jurisdictionCode;
  const area = await ctx.stores.acc.findArea(code);
  if (!area || !inSubtree(area, root))
    throw fieldError(
      'body.areaCode',
      'acc.area_outside',
      `area ${code} is not in ${ctx.plan.plan.jurisdictionName}`,
      { area: code, jurisdiction: ctx.plan.plan.jurisdictionName },
    );
  if (area.level === 'town')
    throw fieldError(
      'body.areaCode',
      'acc.area_too_low',
      'choose the city, a district or county, or a development zone',
      { area: code },
    );
  return area.code === root ? null : area;
}

export async function setUnitAreaLink(ctx: AccContext, unitId: number, code: string | null) {
  authorizeAcc(ctx.actor, 'acc.manage', "only the leading group office may set a unit's area");
  if (!ctx.plan.units.has(unitId)) throw notFound('plan.unit', unitId);
  const area = await checkArea(ctx, code);
  const before = (await ctx.stores.acc.unitArea(unitId)) ?? null;
  await ctx.stores.acc.setUnitArea(unitId, area?.code ?? null);
  const after = area ? { code: area.code, name: area.name } : null;
  await ctx.audit.write({
    action: 'acc.unit_area.set',
    entity: 'unit',
    entityId: unitId,
    before: { area: before },
    after: { area: after },
  });
  return { unitId, area: after };
}
export type UnitAreaLink = Awaited<ReturnType<typeof setUnitAreaLink>>;

export async function createLocalUnit(ctx: AccContext, input: LocalUnitInput) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may add a unit');
  const acc = ctx.stores.acc;
  const jurisdiction = ctx.plan.plan.jurisdictionCode;
  if (await acc.findUnitByName(jurisdiction, input.name))
    throw fieldError('body.name', 'acc.unit_name_taken', `a unit named ${input.name} already exists`, {
      name: input.name,
    });
  const area = await checkArea(ctx, input.areaCode);
  const unit = await acc.insertUnit(jurisdiction, input.name);
  if (area) await acc.setUnitArea(unit.id, area.code);
  const after = { ...unit, area: area ? { code: area.code, name: area.name } : null };
  await ctx.audit.write({ action: 'unit.create', entity: 'unit', entityId: unit.id, after });
  return after;
}
export type LocalUnitView = Awaited<ReturnType<typeof createLocalUnit>>;
