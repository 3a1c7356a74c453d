// A unit's yearly report: read, save figures (from the grid or a workbook), submit past the rules; review, approve,
// accept, send back and unlock. Filing opens on the window's first day in the jurisdiction's time zone.
import { can } from '../auth/policy.ts';
import { DomainError, forbidden } from '../errors.ts';
import { fieldError, issue, listed } from '../kernel/field-error.ts';
import { getIndForm, missing } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import type { IndForm, IndReport, IndUnit } from './ind.records.ts';
import { blockingViolations, checkRules, type Violation } from './ind.rules.ts';
import type { SaveInput, SubmitInput } from './ind.schemas.ts';
import type { ValueCell } from './ind.types.ts';
import { normaliseCells, type RawCell } from './ind.values.ts';
import type { IndReportDetailView, IndReportEntryView, IndUploadView } from './ind.views.ts';
import { nextState, type ReportAction } from './ind.workflow.ts';
import { scopeOf, unitOrThrow, visibleIndUnits } from './units.use-cases.ts';

export async function reportOrThrow(ctx: IndContext, year: number, unitId: number): Promise<IndReport> {
  const report = await ctx.stores.ind.findReport(year, unitId);
  if (!report) throw missing('indicators.report', `${year}/${unitId}`, { year, unitId });
  return report;
}

export async function listIndReports(ctx: IndContext, year: number): Promise<IndReportEntryView[]> {
  if (!ctx.actor) throw new DomainError('auth.required', 'sign in first');
  const [units, reports] = await Promise.all([visibleIndUnits(ctx), ctx.stores.ind.listReports(year)]);
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  return units.flatMap((u) => {
    const report = byUnit.get(u.id);
    return report ? [{ unit: u, report }] : [];
  });
}

export async function indReportDetail(
  ctx: IndContext,
  year: number,
  unitId: number,
): Promise<IndReportDetailView> {
  const unit = await unitOrThrow(ctx, unitId);
  if (!can(ctx.actor, 'ind.read', scopeOf(unit)))
    throw forbidden('this report belongs to another unit or area', { permission: 'ind.read', unitId });
  const [report, form, values, events] = await Promise.all([
    reportOrThrow(ctx, year, unitId),
    getIndForm(ctx, year),
    ctx.stores.ind.listValues(year, unitId),
    ctx.stores.ind.listReportEvents(year, unitId),
  ]);
  return { unit, report, values, events, violations: checkRules(form.rules, values) };
}

/** What the unit's Excel template is made from: the form, the unit and its figures (read scope checked). */
export async function indReportTemplate(ctx: IndContext, year: number, unitId: number) {
  const detail = await indReportDetail(ctx, year, unitId);
  return { form: await getIndForm(ctx, year), unit: detail.unit, values: detail.values };
}

/** Filing opens on the window's first day, counted in the jurisdiction's time zone (not UTC). */
export function checkWindow(ctx: IndContext, report: IndReport) {
  const today = ctx.clock.today();
  if (today < report.opensOn)
    throw new DomainError('indicators.window_not_open', `filing opens on ${report.opensOn}`, {
      opensOn: report.opensOn,
      dueOn: report.dueOn,
      today,
      year: report.year,
      unitId: report.unitId,
    });
}

const by = (ctx: IndContext) => ctx.actor?.username ?? 'system';
const cellKey = (c: { item: string; option: string }) => `${c.item}/${c.option}`;

/** Saves figures (each bad one named by item and option); the figures are in every total at once. */
export async function saveIndReport(
  ctx: IndContext,
  year: number,
  unitId: number,
  input: SaveInput,
): Promise<IndReportDetailView> {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  const to = nextState(report.state, 'save', ctx.actor, scopeOf(unit));
  checkWindow(ctx, report);
  const form = await getIndForm(ctx, year);
  const { cells, issues } = normaliseCells(form.items, form.breakdowns, input.values as RawCell[]);
  if (issues.length) {
    const list = issues.map((i) => {
      const k = input.values.findIndex((v) => v.item === i.item && (v.option ?? '') === i.option);
      const message = `${i.item}${i.option ? `/${i.option}` : ''}: ${i.message}`;
      return {
        ...issue(`body.values.${k}.value`, i.code, message, i.params),
        item: i.item,
        option: i.option,
      };
    });
    throw new DomainError('validation.failed', list[0].message, { issues: list });
  }
  const [before, events] = await Promise.all([
    ctx.stores.ind.listValues(year, unitId),
    ctx.stores.ind.listReportEvents(year, unitId),
  ]);
  const oldOf = new Map(before.map((c) => [cellKey(c), c.value ?? c.text ?? null]));
  const changed = cells.filter((c) => (oldOf.get(cellKey(c)) ?? null) !== (c.value ?? c.text ?? null));
  if (changed.length) {
    await ctx.audit.write({
      action: 'indicators.values.save',
      entity: 'indicator_report',
      entityId: `${year}/${unitId}`,
      before: changed.map((c) => ({ item: c.item, option: c.option, value: oldOf.get(cellKey(c)) ?? null })),
      after: changed.map((c) => ({ item: c.item, option: c.option, value: c.value ?? c.text ?? null })),
    });
  }
  // the figures and the report's row last: their rollup triggers serialise every save until the commit, so the
  // transaction holds that lock for these two statements only
  await ctx.stores.ind.saveValues(year, unitId, changed, by(ctx));
  const after = await ctx.stores.ind.updateReport(year, unitId, {
    state: to,
    ...(input.explanations ? { explanations: { ...report.explanations, ...input.explanations } } : {}),
  });
  const values = withChanges(before, changed);
  return { unit, report: after, values, events, violations: checkRules(form.rules, values) };
}

/** A report's figures after saving `changed` over `before` (an empty cell is removed, as saveValues does). */
function withChanges(before: ValueCell[], changed: ValueCell[]): ValueCell[] {
  const byKey = new Map(before.map((c) => [cellKey(c), c]));
  for (const c of changed) {
    if (c.value === null && (c.text ?? '') === '') byKey.delete(cellKey(c));
    else byKey.set(cellKey(c), { item: c.item, option: c.option, value: c.value, text: c.text ?? null });
  }
  return [...byKey.values()];
}

const ruleParams = (v: Violation) => ({
  rule: v.rule,
  left: v.left,
  op: v.op,
  right: v.right,
  severity: v.severity,
});

/** A rule none of whose figures is filled in is not checked, so an empty form would pass every rule: a report is
 *  submitted only with figures in it (0 counts). The refusal names the form's items, each as a cell of the grid. */
function assertFilled(form: IndForm, values: readonly ValueCell[]) {
  if (values.some((c) => c.value !== null || (c.text ?? '').trim() !== '')) return;
  const items = form.items.filter((i) => !i.retired);
  throw new DomainError(
    'indicators.report_empty',
    'no figure is filled in: fill in the form before submitting',
    {
      ...listed(
        items.map((i) => ({
          ...issue(`values.${i.code}`, 'ind.item.empty', `${i.code}: not filled in`, {
            item: i.code,
            name: i.zh,
          }),
          item: i.code,
          option: '',
        })),
      ),
      items: items
        .slice(0, 5)
        .map((i) => i.zh)
        .join('、'),
    },
  );
}

export async function submitIndReport(ctx: IndContext, year: number, unitId: number, input: SubmitInput) {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  const to = nextState(report.state, 'submit', ctx.actor, scopeOf(unit));
  checkWindow(ctx, report);
  const form = await getIndForm(ctx, year);
  const explanations = { ...report.explanations, ...input.explanations };
  const values = await ctx.stores.ind.listValues(year, unitId);
  assertFilled(form, values);
  const violations = checkRules(form.rules, values);
  const { hard, unexplained } = blockingViolations(violations, explanations);
  if (hard.length) {
    const rules = hard.map((v) => v.rule).join(', ');
    throw new DomainError('indicators.rules_failed', `${hard.length} hard rule(s) fail: ${rules}`, {
      violations: hard,
      count: hard.length,
      rules,
    });
  }
  if (unexplained.length) {
    const rules = unexplained.map((v) => v.rule).join(', ');
    throw new DomainError('indicators.explanation_required', `explain: ${rules}`, {
      violations: unexplained,
      count: unexplained.length,
      rules,
      issues: unexplained.map((v) =>
        issue(`body.explanations.${v.rule}`, 'ind.rule.explanation_required', v.en, ruleParams(v)),
      ),
    });
  }
  const now = ctx.clock.now();
  const after = await ctx.stores.ind.updateReport(year, unitId, {
    state: to,
    explanations,
    firstSubmittedAt: now,
    submittedAt: now,
    lock: { by: by(ctx), reason: 'submitted' },
    returnReason: null,
  });
  await ctx.stores.ind.insertReportEvent({
    year,
    unitId,
    actor: by(ctx),
    action: 'submit',
    from: report.state,
    to,
  });
  await ctx.audit.write({
    action: 'indicators.report.submit',
    entity: 'indicator_report',
    entityId: `${year}/${unitId}`,
    before: { state: report.state },
    after: { state: to, explanations },
  });
  return after;
}

const lockReason: Partial<Record<ReportAction, string>> = { approve: 'approved', accept: 'accepted' };

/** return / approve / accept / unlock: the lock says why and by whom; sending back and unlocking need a reason. */
export async function actOnIndReport(
  ctx: IndContext,
  year: number,
  unitId: number,
  action: 'return' | 'approve' | 'accept' | 'unlock',
  reason?: string,
) {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  const to = nextState(report.state, action, ctx.actor, scopeOf(unit));
  const opening = action === 'return' || action === 'unlock';
  if (opening && !reason?.trim())
    throw fieldError('body.reason', 'ind.report.reason_required', 'say why', { action });
  const after = await ctx.stores.ind.updateReport(year, unitId, {
    state: to,
    lock: opening ? null : { by: by(ctx), reason: lockReason[action] ?? action },
    ...(opening ? { returnReason: reason ?? null } : {}),
  });
  await ctx.stores.ind.insertReportEvent({
    year,
    unitId,
    actor: by(ctx),
    action,
    from: report.state,
    to,
    comment: reason ?? '',
  });
  await ctx.audit.write({
    action: `indicators.report.${action}`,
    entity: 'indicator_report',
    entityId: `${year}/${unitId}`,
    before: { state: report.state, lock: report.lock },
    after: { state: to, reason: reason ?? null },
  });
  return after;
}

/** One problem in a workbook: the sheet and cell(s), the item or rule, a stable code with its parameters. */
export interface WorkbookIssue {
  sheet: string;
  cell: string;
  item?: string;
  rule?: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}
/** Reads a filled template (the server's Excel reader): the cells, or the problems; soft rule failures as warnings. */
export type WorkbookReader = (
  form: IndForm,
  unit: IndUnit,
  data: Uint8Array,
) => Promise<{ cells: ValueCell[]; issues: WorkbookIssue[]; warnings: Violation[] }>;

/**
 * A filled workbook read into the figures it would save: any problem (sheet, cell, rule) refuses the whole file.
 * Run it outside a transaction (parsing may take seconds in a worker), then save `values` with saveIndReport, which
 * checks the report's state again.
 */
export async function readIndWorkbook(
  ctx: IndContext,
  year: number,
  unitId: number,
  data: Uint8Array,
  read: WorkbookReader,
): Promise<Omit<IndUploadView, 'detail'> & { values: SaveInput['values'] }> {
  const unit = await unitOrThrow(ctx, unitId);
  const report = await reportOrThrow(ctx, year, unitId);
  nextState(report.state, 'save', ctx.actor, scopeOf(unit));
  const form = await getIndForm(ctx, year);
  const { cells, issues, warnings } = await read(form, unit, data);
  if (issues.length) {
    const [first] = issues;
    throw new DomainError(
      'indicators.upload_invalid',
      `${issues.length} problem(s) in the workbook; nothing was saved. First: ${first.sheet}!${first.cell} ${first.message}`,
      {
        sheet: first.sheet,
        cell: first.cell,
        ...listed(issues.map((i) => ({ ...i, path: `${i.sheet}!${i.cell}` }))),
      },
    );
  }
  const values = cells.map((c) => ({ item: c.item, option: c.option, value: c.value ?? c.text ?? null }));
  return { saved: values.length, warnings, values };
}
