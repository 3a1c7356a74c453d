// A unit's yearly report: read, save figures, submit past the rules; review, approve, accept, send back and unlock.

import {
  assignReports,
  findIndUnit,
  findReport,
  type IndUnit,
  insertReportEvent,
  listIndUnits,
  listReportEvents,
  listReports,
  listValues,
  saveValues,
  updateReport,
} from '@kepu/db';
import {
  authorize,
  blockingViolations,
  canRead,
  checkRules,
  DomainError,
  forbidden,
  nextState,
  normaliseCells,
  notFound,
  type RawCell,
  type ReportAction,
  type UnitScope,
} from '@kepu/domain';
import { z } from 'zod';
import { getForm } from './registry.service.ts';
import type { IndCtx } from './tx.ts';

export const scopeOf = (u: IndUnit): UnitScope => ({
  id: u.id,
  orgUnitId: u.orgUnitId,
  area: { code: u.areaCode, path: u.areaPath },
});

export const cellSchema = z.strictObject({
  item: z.string().min(1).max(32),
  option: z.string().max(32).default(''),
  value: z.union([z.number(), z.string().max(2000), z.null()]),
});
export const saveSchema = z.strictObject({
  values: z.array(cellSchema).max(5000),
  explanations: z.record(z.string(), z.string().max(2000)).optional(),
});
export const submitSchema = z.strictObject({
  explanations: z.record(z.string(), z.string().max(2000)).default({}),
});
export const reasonSchema = z.strictObject({ reason: z.string().trim().min(2, 'say why').max(2000) });
export const assignSchema = z.strictObject({
  unitIds: z.array(z.number().int().positive()).max(20000).optional(),
  opensOn: z.iso.date().optional(),
  dueOn: z.iso.date().optional(),
});

async function unitOrThrow(ctx: IndCtx, unitId: number) {
  const unit = await findIndUnit(ctx.db, unitId);
  if (!unit) throw notFound('indicators.unit', unitId);
  return unit;
}

async function reportOrThrow(ctx: IndCtx, year: number, unitId: number) {
  const report = await findReport(ctx.db, year, unitId);
  if (!report) throw notFound('indicators.report', `${year}/${unitId}`);
  return report;
}

export async function visibleUnits(ctx: IndCtx) {
  return (await listIndUnits(ctx.db)).filter((u) => canRead(ctx.actor, scopeOf(u)));
}

export async function listReportsFor(ctx: IndCtx, year: number) {
  if (!ctx.actor) throw new DomainError('auth.required', 'sign in first');
  const [units, reports] = await Promise.all([visibleUnits(ctx), listReports(ctx.db, year)]);
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  return units.flatMap((u) => {
    const report = byUnit.get(u.id);
    return report ? [{ unit: u, report }] : [];
  });
}

export async function reportDetail(ctx: IndCtx, year: number, unitId: number) {
  const unit = await unitOrThrow(ctx, unitId);
  if (!canRead(ctx.actor, scopeOf(unit))) throw forbidden('this report belongs to another unit or area');
  const [report, form, values, events] = await Promise.all([
    reportOrThrow(ctx, year, unitId),
    getForm(ctx, year),
    listValues(ctx.db, year, unitId),
    listReportEvents(ctx.db, year, unitId),
  ]);
  return { unit, report, values, events, violations: checkRules(form.rules, values) };
}

function checkWindow(opensOn: string) {
  const today = new Date().toISOString().slice(0, 10);
  if (today < opensOn)
    throw new DomainError('indicators.window_not_open', `filing opens on ${opensOn}`, { opensOn });
}

/** Saves figures (each bad one named by item and option); the figures are in every total at once. */
export async function saveReport(
  ctx: IndCtx,
  year: number,
  unitId: number,
  input: z.infer<typeof saveSchema>,
) {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  const to = nextState(report.state, 'save', ctx.actor, scopeOf(unit));
  checkWindow(report.opensOn);
  const form = await getForm(ctx, year);
  const { cells, issues } = normaliseCells(form.items, form.breakdowns, input.values as RawCell[]);
  if (issues.length) {
    const list = issues.map((i) => {
      const k = input.values.findIndex((v) => v.item === i.item && (v.option ?? '') === i.option);
      return {
        path: `body.values.${k}.value`,
        item: i.item,
        option: i.option,
        message: `${i.item}${i.option ? `/${i.option}` : ''}: ${i.message}`,
      };
    });
    throw new DomainError('validation.failed', list[0].message, { issues: list });
  }
  const before = await listValues(ctx.db, year, unitId);
  const oldOf = new Map(before.map((c) => [`${c.item}/${c.option}`, c.value ?? c.text ?? null]));
  const changed = cells.filter(
    (c) => (oldOf.get(`${c.item}/${c.option}`) ?? null) !== (c.value ?? c.text ?? null),
  );
  await saveValues(ctx.db, year, unitId, changed, ctx.actor?.username ?? 'system');
  await updateReport(ctx.db, year, unitId, {
    state: to,
    ...(input.explanations ? { explanations: { ...report.explanations, ...input.explanations } } : {}),
  });
  if (changed.length) {
    await ctx.audit(
      'indicators.values.save',
      'indicator_report',
      `${year}/${unitId}`,
      changed.map((c) => ({
        item: c.item,
        option: c.option,
        value: oldOf.get(`${c.item}/${c.option}`) ?? null,
      })),
      changed.map((c) => ({ item: c.item, option: c.option, value: c.value ?? c.text ?? null })),
    );
  }
  return reportDetail(ctx, year, unitId);
}

export async function submitReport(
  ctx: IndCtx,
  year: number,
  unitId: number,
  input: z.infer<typeof submitSchema>,
) {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  const to = nextState(report.state, 'submit', ctx.actor, scopeOf(unit));
  const form = await getForm(ctx, year);
  const explanations = { ...report.explanations, ...input.explanations };
  const violations = checkRules(form.rules, await listValues(ctx.db, year, unitId));
  const { hard, unexplained } = blockingViolations(violations, explanations);
  if (hard.length)
    throw new DomainError(
      'indicators.rules_failed',
      `${hard.length} hard rule(s) fail: ${hard.map((v) => v.rule).join(', ')}`,
      { violations: hard },
    );
  if (unexplained.length) {
    throw new DomainError(
      'indicators.explanation_required',
      `explain: ${unexplained.map((v) => v.rule).join(', ')}`,
      {
        violations: unexplained,
        issues: unexplained.map((v) => ({ path: `body.explanations.${v.rule}`, message: v.en })),
      },
    );
  }
  const now = new Date();
  const after = await updateReport(ctx.db, year, unitId, {
    state: to,
    explanations,
    firstSubmittedAt: now,
    submittedAt: now,
    lock: { by: ctx.actor?.username ?? 'system', reason: 'submitted' },
    returnReason: null,
  });
  await insertReportEvent(ctx.db, {
    year,
    unitId,
    actor: ctx.actor?.username ?? 'system',
    action: 'submit',
    from: report.state,
    to,
  });
  await ctx.audit(
    'indicators.report.submit',
    'indicator_report',
    `${year}/${unitId}`,
    { state: report.state },
    { state: to, explanations },
  );
  return after;
}

const lockReason: Partial<Record<ReportAction, string>> = { approve: 'approved', accept: 'accepted' };

/** return / approve / accept / unlock: the lock says why and by whom; sending back and unlocking need a reason. */
export async function actOnReport(
  ctx: IndCtx,
  year: number,
  unitId: number,
  action: 'return' | 'approve' | 'accept' | 'unlock',
  reason?: string,
) {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  const to = nextState(report.state, action, ctx.actor, scopeOf(unit));
  const by = ctx.actor?.username ?? 'system';
  const opening = action === 'return' || action === 'unlock';
  if (opening && !reason?.trim())
    throw new DomainError('validation.failed', 'body.reason: say why', {
      issues: [{ path: 'body.reason', message: 'say why' }],
    });
  const after = await updateReport(ctx.db, year, unitId, {
    state: to,
    lock: opening ? null : { by, reason: lockReason[action] ?? action },
    ...(opening ? { returnReason: reason ?? null } : {}),
  });
  await insertReportEvent(ctx.db, {
    year,
    unitId,
    actor: by,
    action,
    from: report.state,
    to,
    comment: reason ?? '',
  });
  await ctx.audit(
    `indicators.report.${action}`,
    'indicator_report',
    `${year}/${unitId}`,
    { state: report.state, lock: report.lock },
    { state: to, reason: reason ?? null },
  );
  return after;
}

/** The office assigns the year's form to units (all active units when none are named) with the window. */
export async function assign(ctx: IndCtx, year: number, input: z.infer<typeof assignSchema>) {
  authorize(ctx.actor, 'ind.admin');
  const form = await getForm(ctx, year);
  const units = (await listIndUnits(ctx.db)).filter((u) => u.active);
  const ids = input.unitIds ?? units.map((u) => u.id);
  const known = new Set(units.map((u) => u.id));
  const bad = ids.findIndex((i) => !known.has(i));
  if (bad >= 0)
    throw new DomainError('validation.failed', `body.unitIds.${bad}: no active reporting unit ${ids[bad]}`, {
      issues: [{ path: `body.unitIds.${bad}`, message: `no active reporting unit ${ids[bad]}` }],
    });
  const window = { opensOn: input.opensOn ?? form.opensOn, dueOn: input.dueOn ?? form.dueOn };
  if (window.dueOn < window.opensOn)
    throw new DomainError('validation.failed', 'body.dueOn: before the opening date', {
      issues: [{ path: 'body.dueOn', message: 'before the opening date' }],
    });
  const n = await assignReports(ctx.db, year, ids, window);
  await ctx.audit('indicators.form.assign', 'indicator_form', year, undefined, {
    units: ids.length,
    ...window,
  });
  return { assigned: n, ...window };
}

/** A filled workbook: any problem (sheet, cell, rule) refuses the whole file; otherwise it replaces the figures. */
export async function uploadWorkbook(ctx: IndCtx, year: number, unitId: number, data: Buffer) {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  nextState(report.state, 'save', ctx.actor, scopeOf(unit));
  const form = await getForm(ctx, year);
  const { readWorkbook } = await import('./excel.ts');
  const { cells, issues, warnings } = await readWorkbook(form, unit, data);
  if (issues.length) {
    throw new DomainError(
      'indicators.upload_invalid',
      `${issues.length} problem(s) in the workbook; nothing was saved. First: ${issues[0].sheet}!${issues[0].cell} ${issues[0].message}`,
      {
        issues: issues.map((i) => ({ ...i, path: `${i.sheet}!${i.cell}` })),
      },
    );
  }
  const detail = await saveReport(ctx, year, unitId, {
    values: cells.map((c) => ({ item: c.item, option: c.option, value: c.value ?? c.text ?? null })),
  });
  return { saved: cells.length, warnings, detail };
}
