// The schools registry with its counsellors: kept by the office or the education bureau's liaison (`ind.schools`).
import { can } from '../auth/policy.ts';
import { forbidden } from '../errors.ts';
import { jurisdictionArea } from './analysis.use-cases.ts';
import { missing } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import type { IndSchool } from './ind.records.ts';
import type { IndSchoolsKeeperView, IndSchoolView } from './ind.views.ts';
import type { SchoolFormInput } from './registers.schemas.ts';

/** The name of the plan unit the actor acts for (the schools' keeper is an education bureau's liaison). */
export async function ownUnitName(ctx: IndContext): Promise<string | null> {
  const id = ctx.actor?.unitId ?? null;
  return id === null ? null : ((await ctx.stores.units.find(id))?.name ?? null);
}

/** Whether the actor keeps the schools registry (the web page shows edit controls only then). */
export async function canKeepSchools(ctx: IndContext): Promise<IndSchoolsKeeperView> {
  return { canEdit: can(ctx.actor, 'ind.schools', await ownUnitName(ctx)) };
}

async function requireSchoolsKeeper(ctx: IndContext) {
  if (!can(ctx.actor, 'ind.schools', await ownUnitName(ctx)))
    throw forbidden('only the office or the education bureau keeps the schools registry', {
      permission: 'ind.schools',
    });
}

/** The school as the audit log has always recorded it (its stored columns). */
const stored = (s: IndSchool) => ({
  id: s.id,
  name: s.name,
  area_code: s.areaCode,
  level: s.level,
  urban_rural: s.urbanRural,
  counsellors: s.counsellors,
});

export const indSchools = (ctx: IndContext): Promise<IndSchoolView[]> => ctx.stores.ind.listSchools();

export async function addSchool(ctx: IndContext, input: SchoolFormInput): Promise<IndSchoolView[]> {
  await requireSchoolsKeeper(ctx);
  await jurisdictionArea(ctx, input.areaCode, 'body.areaCode');
  await ctx.stores.ind.insertSchools([input]);
  await ctx.audit.write({
    action: 'indicators.school.add',
    entity: 'indicator_school',
    entityId: input.name,
    after: input,
  });
  return ctx.stores.ind.listSchools();
}

export async function setCounsellors(
  ctx: IndContext,
  id: number,
  counsellors: number,
): Promise<IndSchoolView[]> {
  await requireSchoolsKeeper(ctx);
  const before = await ctx.stores.ind.findSchool(id);
  if (!before) throw missing('indicators.school', id);
  await ctx.stores.ind.setCounsellors(id, counsellors);
  await ctx.audit.write({
    action: 'indicators.school.counsellors',
    entity: 'indicator_school',
    entityId: id,
    before: { counsellors: before.counsellors },
    after: { counsellors },
  });
  return ctx.stores.ind.listSchools();
}

/** Removes a school from the registry; no stored row refers to a school (the counsellor share is computed live). */
export async function removeSchool(ctx: IndContext, id: number): Promise<IndSchoolView[]> {
  await requireSchoolsKeeper(ctx);
  const before = await ctx.stores.ind.findSchool(id);
  if (!before) throw missing('indicators.school', id);
  await ctx.stores.ind.deleteSchool(id);
  await ctx.audit.write({
    action: 'indicators.school.delete',
    entity: 'indicator_school',
    entityId: id,
    before: stored(before),
  });
  return ctx.stores.ind.listSchools();
}
