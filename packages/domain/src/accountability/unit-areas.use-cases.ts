// Which area a unit belongs to (for district admins' scope), and local units the office adds to the jurisdiction
// (a district government or 科协) so they can own work items. A unit without a link is city-level.
import { z } from 'zod';
import type { Actor } from '../auth/roles.ts';
import { notFound } from '../errors.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AuditSink } from '../use-cases/ports.ts';
import { fieldError, requireOffice } from './acc.scope.ts';

const areaCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{6,12}$/, 'an area code has 6–12 digits or capital letters');

export const unitAreaSchema = z.strictObject({ areaCode: areaCode.nullable() });
export const localUnitSchema = z.strictObject({
  name: z.string().trim().min(2).max(60),
  areaCode: areaCode.nullable().optional(),
});
export type LocalUnitInput = z.infer<typeof localUnitSchema>;

export interface AreaRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'zone' | 'town';
  path: string[];
}
export interface UnitArea {
  code: string;
  name: string;
}

export interface UnitAreaStore {
  findArea(code: string): Promise<AreaRow | undefined>;
  unitArea(unitId: number): Promise<UnitArea | undefined>;
  /** Links the unit to an area, or removes the link (city-level) when `code` is null. */
  setUnitArea(unitId: number, code: string | null): Promise<void>;
  findUnitByName(jurisdictionCode: string, name: string): Promise<{ id: number } | undefined>;
  insertUnit(jurisdictionCode: string, name: string): Promise<{ id: number; name: string }>;
}

export interface UnitAreaContext {
  actor: Actor | null;
  plan: PlanBundle;
  units: UnitAreaStore;
  audit: AuditSink;
}

/** The city itself, one of its districts or counties, or a development zone; the city means "no link". */
async function checkArea(ctx: UnitAreaContext, code: string | null | undefined): Promise<AreaRow | null> {
  if (!code) return null;
  const root = ctx.plan.plan.jurisdictionCode;
  const area = await ctx.units.findArea(code);
  if (!area || (area.code !== root && !area.path.includes(root)))
    throw fieldError('body.areaCode', `area ${code} is not in ${ctx.plan.plan.jurisdictionName}`);
  if (area.level === 'town')
    throw fieldError('body.areaCode', 'choose the city, a district or county, or a development zone');
  return area.code === root ? null : area;
}

export async function setUnitAreaLink(ctx: UnitAreaContext, unitId: number, code: string | null) {
  requireOffice(ctx.actor, "set a unit's area");
  if (!ctx.plan.units.has(unitId)) throw notFound('plan.unit', unitId);
  const area = await checkArea(ctx, code);
  const before = (await ctx.units.unitArea(unitId)) ?? null;
  await ctx.units.setUnitArea(unitId, area?.code ?? null);
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

export async function createLocalUnit(ctx: UnitAreaContext, input: LocalUnitInput) {
  requireOffice(ctx.actor, 'add a unit');
  const jurisdiction = ctx.plan.plan.jurisdictionCode;
  if (await ctx.units.findUnitByName(jurisdiction, input.name))
    throw fieldError('body.name', `a unit named ${input.name} already exists`);
  const area = await checkArea(ctx, input.areaCode);
  const unit = await ctx.units.insertUnit(jurisdiction, input.name);
  if (area) await ctx.units.setUnitArea(unit.id, area.code);
  const after = { ...unit, area: area ? { code: area.code, name: area.name } : null };
  await ctx.audit.write({ action: 'unit.create', entity: 'unit', entityId: unit.id, after });
  return after;
}
