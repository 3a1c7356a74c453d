// The office assigns a year's form to reporting units with a window and extends one unit's window; the reviewer queue
// of a district admin or the office.
import { authorize, can, roleMay } from '../auth/policy.ts';
import { DomainError, forbidden } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { getIndForm } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import type { AssignInput, WindowInput } from './ind.schemas.ts';
import type { IndAssignView, IndQueueEntryView } from './ind.views.ts';
import { reportOrThrow } from './reports.use-cases.ts';
import { scopeOf, visibleIndUnits } from './units.use-cases.ts';

const dueBeforeOpen = (w: { opensOn: string; dueOn: string }) =>
  fieldError('body.dueOn', 'ind.window.due_before_open', 'before the opening date', w);

/** The office assigns the year's form to units (all active units when none are named) with the window. */
export async function assignIndForm(
  ctx: IndContext,
  year: number,
  input: AssignInput,
): Promise<IndAssignView> {
  authorize(ctx.actor, 'ind.admin');
  const form = await getIndForm(ctx, year);
  const units = (await ctx.stores.ind.listUnits()).filter((u) => u.active);
  const ids = input.unitIds ?? units.map((u) => u.id);
  const known = new Set(units.map((u) => u.id));
  const bad = ids.findIndex((i) => !known.has(i));
  if (bad >= 0)
    throw fieldError(`body.unitIds.${bad}`, 'ind.unit.not_active', `no active reporting unit ${ids[bad]}`, {
      unitId: ids[bad],
    });
  const window = { opensOn: input.opensOn ?? form.opensOn, dueOn: input.dueOn ?? form.dueOn };
  if (window.dueOn < window.opensOn) throw dueBeforeOpen(window);
  const n = await ctx.stores.ind.assignReports(year, ids, window);
  await ctx.audit.write({
    action: 'indicators.form.assign',
    entity: 'indicator_form',
    entityId: year,
    after: { units: ids.length, ...window },
  });
  return { assigned: n, ...window };
}

/** Gives one unit its own window for a year (an extension), keeping its state and figures. */
export async function setIndWindow(ctx: IndContext, year: number, unitId: number, input: WindowInput) {
  authorize(ctx.actor, 'ind.admin');
  const before = await reportOrThrow(ctx, year, unitId);
  if (input.dueOn < input.opensOn) throw dueBeforeOpen(input);
  const after = await ctx.stores.ind.setReportWindow(year, unitId, input);
  await ctx.audit.write({
    action: 'indicators.report.window',
    entity: 'indicator_report',
    entityId: `${year}/${unitId}`,
    before: { opensOn: before.opensOn, dueOn: before.dueOn },
    after: input,
  });
  return after ?? before;
}

/** Reports waiting for this reviewer: submitted ones to approve or send back, and (the office) approved ones to accept. */
export async function indReviewQueue(ctx: IndContext, year: number): Promise<IndQueueEntryView[]> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('auth.required', 'sign in first');
  if (!roleMay(actor, 'ind.review'))
    throw forbidden('only a district admin or the office reviews reports', { permission: 'ind.review' });
  const [units, reports] = await Promise.all([visibleIndUnits(ctx), ctx.stores.ind.listReports(year)]);
  const now = ctx.clock.now().getTime();
  // `ind.accept` has no scope: its roles say who accepts (a district's queue simply has no accept step)
  const accepts = roleMay(actor, 'ind.accept');
  const byId = new Map(units.map((u) => [u.id, u]));
  return reports
    .flatMap((report) => {
      const unit = byId.get(report.unitId);
      if (!unit) return [];
      const step =
        report.state === 'submitted' && can(actor, 'ind.review', scopeOf(unit))
          ? ('review' as const)
          : report.state === 'approved' && accepts
            ? ('accept' as const)
            : null;
      if (!step) return [];
      const since = report.submittedAt ? Date.parse(report.submittedAt) : now;
      return [{ unit, report, step, days: Math.max(0, Math.floor((now - since) / 86_400_000)) }];
    })
    .sort((a, b) => b.days - a.days || a.unit.name.localeCompare(b.unit.name, 'zh'));
}
