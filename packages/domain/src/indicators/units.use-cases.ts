// Reporting units: the ones a user may see, and the office's set-up (create, edit, deactivate; delete only a unit
// that never had a report).
import { authorize, can } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { fieldError, invalid, issue } from '../kernel/field-error.ts';
import { jurisdictionArea } from './analysis.use-cases.ts';
import { missing } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import type { IndUnit } from './ind.records.ts';
import type { IndUnitPatchInput, NewIndUnitInput } from './ind.schemas.ts';
import type { UnitScope } from './ind.workflow.ts';

export const scopeOf = (u: IndUnit): UnitScope => ({
  id: u.id,
  orgUnitId: u.orgUnitId,
  area: { code: u.areaCode, path: u.areaPath },
});

export async function unitOrThrow(ctx: IndContext, id: number): Promise<IndUnit> {
  const unit = await ctx.stores.ind.findUnit(id);
  if (!unit) throw missing('indicators.unit', id, { unitId: id });
  return unit;
}

/** The reporting units the actor may read (`ind.read`: the office and viewers all; a liaison its own; a district
 *  its subtree). */
export async function visibleIndUnits(ctx: IndContext): Promise<IndUnit[]> {
  return (await ctx.stores.ind.listUnits()).filter((u) => can(ctx.actor, 'ind.read', scopeOf(u)));
}

async function checkRefs(ctx: IndContext, p: { areaCode?: string; orgUnitId?: number | null }) {
  if (p.areaCode !== undefined) await jurisdictionArea(ctx, p.areaCode, 'body.areaCode');
  if (!p.orgUnitId) return;
  // a plan unit of another jurisdiction is as unknown here as one that does not exist
  const planUnit = await ctx.stores.units.find(p.orgUnitId);
  if (!planUnit || (ctx.jurisdiction !== undefined && planUnit.jurisdictionCode !== ctx.jurisdiction))
    throw fieldError(
      'body.orgUnitId',
      'ind.unit.unknown_plan_unit',
      `no plan unit ${p.orgUnitId} in this jurisdiction`,
      {
        orgUnitId: p.orgUnitId,
      },
    );
}

export async function createIndUnit(ctx: IndContext, input: NewIndUnitInput): Promise<IndUnit> {
  authorize(ctx.actor, 'ind.admin');
  if (await ctx.stores.ind.findUnitByCode(input.code))
    throw invalid(
      [
        issue('body.code', 'ind.unit.code_taken', `a reporting unit ${input.code} exists`, {
          code: input.code,
        }),
      ],
      'indicators.unit_exists',
    );
  await checkRefs(ctx, input);
  const [row] = await ctx.stores.ind.insertUnits([input]);
  const unit = await unitOrThrow(ctx, row.id);
  await ctx.audit.write({
    action: 'indicators.unit.create',
    entity: 'indicator_unit',
    entityId: unit.id,
    after: input,
  });
  return unit;
}

export async function patchIndUnit(ctx: IndContext, id: number, patch: IndUnitPatchInput): Promise<IndUnit> {
  authorize(ctx.actor, 'ind.admin');
  const before = await unitOrThrow(ctx, id);
  await checkRefs(ctx, patch);
  await ctx.stores.ind.updateUnit(id, patch);
  const after = await unitOrThrow(ctx, id);
  await ctx.audit.write({
    action: 'indicators.unit.update',
    entity: 'indicator_unit',
    entityId: id,
    before,
    after,
  });
  return after;
}

/** Only a unit that was never assigned a form can go; one with reports is deactivated instead (409). */
export async function deleteIndUnit(ctx: IndContext, id: number) {
  authorize(ctx.actor, 'ind.admin');
  const before = await unitOrThrow(ctx, id);
  const reports = await ctx.stores.ind.countUnitReports(id);
  if (reports > 0)
    throw new DomainError(
      'indicators.unit_conflict',
      `${before.name} has ${reports} report(s); deactivate it instead of deleting it`,
      { reports, unit: before.name, unitId: id },
    );
  await ctx.stores.ind.deleteUnit(id);
  await ctx.audit.write({ action: 'indicators.unit.delete', entity: 'indicator_unit', entityId: id, before });
  return { deleted: id };
}
