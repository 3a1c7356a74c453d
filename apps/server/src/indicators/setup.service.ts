// The office's set-up of reporting: reporting units (create, edit, deactivate; delete only a unit without reports),
// one unit's window for a year (an extension), and the reviewer queue of a district admin or the office.

import {
  countUnitReports,
  deleteIndUnit,
  findArea,
  findIndUnit,
  findIndUnitByCode,
  findReport,
  findUnit,
  insertIndUnits,
  listReports,
  setReportWindow,
  updateIndUnit,
} from '@kepu/db';
import { authorize, canReview, DomainError, departmentTypes, forbidden, notFound } from '@kepu/domain';
import { z } from 'zod';
import { fieldIssue } from './registry.service.ts';
import { scopeOf, visibleUnits } from './reporting.service.ts';
import type { IndCtx } from './tx.ts';

const unitFields = {
  name: z.string().trim().min(1).max(200),
  deptType: z.enum(departmentTypes),
  areaCode: z.string().regex(/^[0-9A-Z]{6,12}$/, 'an area code such as 211104'),
  orgUnitId: z.number().int().positive().max(2_147_483_647).nullable(),
};
export const newUnitSchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/, 'upper-case letters, digits, - and _'),
  ...unitFields,
  orgUnitId: unitFields.orgUnitId.default(null),
});
export const unitPatchSchema = z.strictObject({
  name: unitFields.name.optional(),
  deptType: unitFields.deptType.optional(),
  areaCode: unitFields.areaCode.optional(),
  orgUnitId: unitFields.orgUnitId.optional(),
  active: z.boolean().optional(),
});
export const windowSchema = z.strictObject({ opensOn: z.iso.date(), dueOn: z.iso.date() });

async function checkRefs(ctx: IndCtx, p: { areaCode?: string; orgUnitId?: number | null }) {
  if (p.areaCode !== undefined && !(await findArea(ctx.db, p.areaCode)))
    throw fieldIssue('body.areaCode', `no area ${p.areaCode}`);
  if (p.orgUnitId && !(await findUnit(ctx.db, p.orgUnitId)))
    throw fieldIssue('body.orgUnitId', `no plan unit ${p.orgUnitId}`);
}

async function unitOrThrow(ctx: IndCtx, id: number) {
  const unit = await findIndUnit(ctx.db, id);
  if (!unit) throw notFound('indicators.unit', id);
  return unit;
}

export async function createUnit(ctx: IndCtx, input: z.infer<typeof newUnitSchema>) {
  authorize(ctx.actor, 'ind.admin');
  if (await findIndUnitByCode(ctx.db, input.code))
    throw new DomainError('indicators.unit_exists', `body.code: a reporting unit ${input.code} exists`, {
      issues: [{ path: 'body.code', message: `a reporting unit ${input.code} exists` }],
    });
  await checkRefs(ctx, input);
  const [row] = await insertIndUnits(ctx.db, [input]);
  const unit = await unitOrThrow(ctx, row.id);
  await ctx.audit('indicators.unit.create', 'indicator_unit', unit.id, undefined, input);
  return unit;
}

export async function patchUnit(ctx: IndCtx, id: number, patch: z.infer<typeof unitPatchSchema>) {
  authorize(ctx.actor, 'ind.admin');
  const before = await unitOrThrow(ctx, id);
  await checkRefs(ctx, patch);
  await updateIndUnit(ctx.db, id, patch);
  const after = await unitOrThrow(ctx, id);
  await ctx.audit('indicators.unit.update', 'indicator_unit', id, before, after);
  return after;
}

/** Only a unit that was never assigned a form can go; one with reports is deactivated instead (409). */
export async function deleteUnit(ctx: IndCtx, id: number) {
  authorize(ctx.actor, 'ind.admin');
  const before = await unitOrThrow(ctx, id);
  const reports = await countUnitReports(ctx.db, id);
  if (reports > 0)
    throw new DomainError(
      'indicators.unit_conflict',
      `${before.name} has ${reports} report(s); deactivate it instead of deleting it`,
      { reports },
    );
  await deleteIndUnit(ctx.db, id);
  await ctx.audit('indicators.unit.delete', 'indicator_unit', id, before, undefined);
  return { deleted: id };
}

/** Gives one unit its own window for a year (an extension), keeping its state and figures. */
export async function setWindow(
  ctx: IndCtx,
  year: number,
  unitId: number,
  input: z.infer<typeof windowSchema>,
) {
  authorize(ctx.actor, 'ind.admin');
  const before = await findReport(ctx.db, year, unitId);
  if (!before) throw notFound('indicators.report', `${year}/${unitId}`);
  if (input.dueOn < input.opensOn) throw fieldIssue('body.dueOn', 'before the opening date');
  const after = await setReportWindow(ctx.db, year, unitId, input);
  await ctx.audit(
    'indicators.report.window',
    'indicator_report',
    `${year}/${unitId}`,
    { opensOn: before.opensOn, dueOn: before.dueOn },
    input,
  );
  return after;
}

/** Reports waiting for this reviewer: submitted ones to approve or send back, and (the office) approved ones to accept. */
export async function reviewQueue(ctx: IndCtx, year: number) {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('auth.required', 'sign in first');
  if (actor.role !== 'office' && actor.role !== 'district')
    throw forbidden('only a district admin or the office reviews reports');
  const [units, reports] = await Promise.all([visibleUnits(ctx), listReports(ctx.db, year)]);
  const now = Date.now();
  const byId = new Map(units.map((u) => [u.id, u]));
  return reports.flatMap((report) => {
    const unit = byId.get(report.unitId);
    if (!unit) return [];
    const step =
      report.state === 'submitted' && canReview(actor, scopeOf(unit))
        ? ('review' as const)
        : report.state === 'approved' && actor.role === 'office'
          ? ('accept' as const)
          : null;
    if (!step) return [];
    const since = report.submittedAt ? Date.parse(report.submittedAt) : now;
    return [{ unit, report, step, days: Math.max(0, Math.floor((now - since) / 86_400_000)) }];
  }).sort((a, b) => b.days - a.days || a.unit.name.localeCompare(b.unit.name, 'zh'));
}
