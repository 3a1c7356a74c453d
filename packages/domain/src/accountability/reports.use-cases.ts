// Progress reports: draft → submitted → returned ⇄ submitted → accepted; reopened (→ returned) only by the office.
import { roleMay } from '../auth/policy.ts';
import { DomainError, forbidden } from '../errors.ts';
import { type FieldIssue, fieldError, invalid, issue } from '../kernel/field-error.ts';
import { authorizeAcc, mayReview } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { ReportContent, ReportCreateInput } from './acc.schemas.ts';
import { stateConflict, taskOf, unitsOwing } from './acc.scope.ts';
import type { AccFileInfo, AccReport, AccReportEvent, AccRound, ReportState } from './acc.types.ts';
import { checkEvidence, MAX_FILES_PER_REPORT } from './evidence.ts';
import { isEditable } from './report.policy.ts';
import { assertWindowOpen } from './rounds.use-cases.ts';

const locked = (report: AccReport, action: string, message: string) =>
  stateConflict(message, { entity: 'report', state: report.state, action });

async function loadReport(ctx: AccContext, id: number): Promise<{ report: AccReport; round: AccRound }> {
  const report = await ctx.stores.acc.findReport(id);
  const round = report && (await ctx.stores.acc.findRound(report.roundId));
  if (!report || !round || round.planId !== ctx.plan.plan.id)
    throw new DomainError('acc.report.not_found', `report ${id} not found`, { id });
  return { report, round };
}

async function checkItems(ctx: AccContext, round: AccRound, taskNumber: number, content: ReportContent) {
  const seen = new Set<number>();
  for (const [i, it] of content.items.entries()) {
    const w = await ctx.stores.acc.findWorkItem(it.workItemId);
    if (!w || w.planId !== round.planId || w.year !== round.year || w.taskNumber !== taskNumber) {
      throw fieldError(
        `body.items[${i}].workItemId`,
        'acc.work_item_not_of_task',
        `work item ${it.workItemId} is not a ${round.year} work item of task ${taskNumber}`,
        { workItem: it.workItemId, year: round.year, task: taskNumber },
      );
    }
    if (seen.has(it.workItemId))
      throw fieldError(
        `body.items[${i}].workItemId`,
        'acc.work_item_repeated',
        `work item ${it.workItemId} is listed twice`,
        { workItem: it.workItemId },
      );
    seen.add(it.workItemId);
  }
}

const contentOf = (c: ReportContent) => ({
  status: c.status,
  progress: c.progress,
  done: c.done,
  measures: c.measures,
  problems: c.problems,
  nextSteps: c.nextSteps,
  items: c.items.map((i) => ({ workItemId: i.workItemId, progress: i.progress, value: i.value ?? null })),
});

async function record(
  ctx: AccContext,
  report: AccReport,
  action: AccReportEvent['action'],
  from: ReportState | null,
  comment = '',
) {
  await ctx.stores.acc.insertEvent({
    reportId: report.id,
    actor: ctx.actor?.username ?? 'system',
    action,
    fromState: from,
    toState: report.state,
    status: report.status,
    comment,
  });
}

/** Creates the draft for a (round, task, unit) or saves over the existing draft or returned report. */
export async function saveReport(ctx: AccContext, input: ReportCreateInput): Promise<AccReport> {
  const acc = ctx.stores.acc;
  const round = await acc.findRound(input.roundId);
  if (!round || round.planId !== ctx.plan.plan.id)
    throw fieldError('body.roundId', 'acc.round_unknown', `round ${input.roundId} does not exist`, {
      round: input.roundId,
    });
  if (!roleMay(ctx.actor, 'acc.file'))
    throw forbidden('only unit liaisons (and the office) file reports', { permission: 'acc.file' });
  const task = taskOf(ctx.plan, input.taskNumber);
  const unitId = input.unitId ?? ctx.actor?.unitId ?? null;
  if (unitId === null)
    throw fieldError('body.unitId', 'acc.unit_required', 'name the unit the report is for');
  authorizeAcc(ctx.actor, 'acc.file', 'a liaison files reports for their own unit only', unitId);
  const items = await acc.listWorkItems(ctx.plan.plan.id, round.year);
  if (!unitsOwing(ctx.plan, task, items).includes(unitId))
    throw fieldError('body.taskNumber', 'acc.task_not_owed', `the unit does not carry task ${task.number}`, {
      task: task.number,
    });
  const existing = await acc.findReportCell(round.id, task.number, unitId);
  if (existing) return updateReport(ctx, existing.id, input);
  await assertWindowOpen(ctx, round, unitId);
  await checkItems(ctx, round, task.number, input);
  const report = await acc.insertReport({
    roundId: round.id,
    taskNumber: task.number,
    unitId,
    state: 'draft',
    previousStatus: (await acc.previousReport(round, task.number, unitId))?.status ?? null,
    ...contentOf(input),
    firstSubmittedAt: null,
    submittedAt: null,
    acceptedAt: null,
    returnedCount: 0,
  });
  await record(ctx, report, 'save', null);
  await ctx.audit.write({
    action: 'acc.report.create',
    entity: 'acc_report',
    entityId: report.id,
    after: report,
  });
  return report;
}

export async function updateReport(ctx: AccContext, id: number, content: ReportContent): Promise<AccReport> {
  const { report, round } = await loadReport(ctx, id);
  authorizeAcc(ctx.actor, 'acc.file', 'a liaison revises reports of their own unit only', report.unitId);
  if (!isEditable(report.state))
    throw locked(
      report,
      'edit',
      `a ${report.state} report is locked; it can be changed only after it is returned`,
    );
  await assertWindowOpen(ctx, round, report.unitId);
  await checkItems(ctx, round, report.taskNumber, content);
  const after = await ctx.stores.acc.updateReport(id, contentOf(content));
  await record(ctx, after, 'save', report.state);
  await ctx.audit.write({
    action: 'acc.report.save',
    entity: 'acc_report',
    entityId: id,
    before: report,
    after,
  });
  return after;
}

/** What a reviewer needs before a report may be submitted: what was done, in words, and a file where one of the
 *  unit's work items on the task asks for evidence. A blank draft is not a report. */
async function assertComplete(ctx: AccContext, report: AccReport, round: AccRound): Promise<void> {
  const issues: FieldIssue[] = [];
  if (report.done.trim() === '')
    issues.push(issue('done', 'acc.report.done_required', 'say what was done before submitting'));
  const asking = (await ctx.stores.acc.listWorkItems(round.planId, round.year)).filter(
    (w) => w.evidenceRequired && w.taskNumber === report.taskNumber && w.ownerUnitIds.includes(report.unitId),
  );
  if (asking.length > 0 && (await ctx.stores.acc.countFiles(report.id)) === 0)
    issues.push(
      issue(
        'files',
        'acc.report.evidence_required',
        `attach evidence before submitting: ${asking.map((w) => w.title).join(', ')} asks for it`,
        { items: asking.map((w) => w.title).join('、') },
      ),
    );
  if (issues.length > 0) throw invalid(issues, 'acc.report.incomplete');
}

export async function submitReport(ctx: AccContext, id: number): Promise<AccReport> {
  const { report, round } = await loadReport(ctx, id);
  authorizeAcc(ctx.actor, 'acc.file', 'a liaison submits reports of their own unit only', report.unitId);
  if (!isEditable(report.state))
    throw locked(report, 'submit', `a ${report.state} report cannot be submitted again`);
  await assertWindowOpen(ctx, round, report.unitId);
  await assertComplete(ctx, report, round);
  const now = ctx.clock.now().toISOString();
  const after = await ctx.stores.acc.updateReport(id, {
    state: 'submitted',
    submittedAt: now,
    firstSubmittedAt: report.firstSubmittedAt ?? now,
  });
  await record(ctx, after, 'submit', report.state);
  await ctx.audit.write({
    action: 'acc.report.submit',
    entity: 'acc_report',
    entityId: id,
    before: { state: report.state },
    after: { state: after.state, submittedAt: now },
  });
  return after;
}

async function loadForReview(ctx: AccContext, id: number) {
  const loaded = await loadReport(ctx, id);
  const task = taskOf(ctx.plan, loaded.report.taskNumber);
  if (!mayReview(ctx.actor, ctx.plan, task, loaded.report.unitId)) {
    throw forbidden(
      'only the office or the lead unit of the task (not the reporting unit itself) reviews a report',
      { permission: 'acc.review' },
    );
  }
  if (loaded.report.state !== 'submitted')
    throw locked(
      loaded.report,
      'review',
      `only a submitted report can be reviewed; this one is ${loaded.report.state}`,
    );
  return loaded;
}

export async function returnReport(ctx: AccContext, id: number, comment: string): Promise<AccReport> {
  const { report } = await loadForReview(ctx, id);
  const after = await ctx.stores.acc.updateReport(id, {
    state: 'returned',
    returnedCount: report.returnedCount + 1,
  });
  await record(ctx, after, 'return', report.state, comment);
  await ctx.stores.acc.notify({
    unitId: report.unitId,
    kind: 'report_returned',
    dedupeKey: `report-returned:${id}:${after.returnedCount}`,
    params: { taskNumber: report.taskNumber, comment },
    link: `/acc/reports/${id}`,
  });
  await ctx.audit.write({
    action: 'acc.report.return',
    entity: 'acc_report',
    entityId: id,
    before: { state: report.state },
    after: { state: after.state, comment },
  });
  return after;
}

export async function acceptReport(ctx: AccContext, id: number, comment = ''): Promise<AccReport> {
  const { report } = await loadForReview(ctx, id);
  const after = await ctx.stores.acc.updateReport(id, {
    state: 'accepted',
    acceptedAt: ctx.clock.now().toISOString(),
  });
  await record(ctx, after, 'accept', report.state, comment);
  const round = await ctx.stores.acc.findRound(report.roundId);
  await ctx.stores.acc.notify({
    unitId: report.unitId,
    kind: 'report_accepted',
    dedupeKey: `report-accepted:${id}:${after.acceptedAt}`,
    params: {
      taskNumber: report.taskNumber,
      taskTitle: taskOf(ctx.plan, report.taskNumber).title,
      roundTitle: round?.title ?? '',
    },
    link: `/acc/reports/${id}`,
  });
  await ctx.audit.write({
    action: 'acc.report.accept',
    entity: 'acc_report',
    entityId: id,
    before: { state: report.state },
    after: { state: after.state, comment },
  });
  return after;
}

export async function reopenReport(ctx: AccContext, id: number, reason: string): Promise<AccReport> {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may reopen an accepted report');
  const { report } = await loadReport(ctx, id);
  if (report.state !== 'accepted')
    throw locked(report, 'reopen', `only an accepted report can be reopened; this one is ${report.state}`);
  const after = await ctx.stores.acc.updateReport(id, { state: 'returned', acceptedAt: null });
  await record(ctx, after, 'reopen', report.state, reason);
  await ctx.stores.acc.notify({
    unitId: report.unitId,
    kind: 'report_reopened',
    dedupeKey: `report-reopened:${id}:${ctx.clock.now().toISOString()}`,
    params: { taskNumber: report.taskNumber, comment: reason },
    link: `/acc/reports/${id}`,
  });
  await ctx.audit.write({
    action: 'acc.report.reopen',
    entity: 'acc_report',
    entityId: id,
    before: { state: report.state },
    after: { state: after.state, reason },
  });
  return after;
}

/** Attaches an evidence file to a draft or returned report of the actor's unit. */
export async function attachEvidence(
  ctx: AccContext,
  id: number,
  file: { fileName: string; data: Uint8Array },
): Promise<AccFileInfo> {
  const { report } = await loadReport(ctx, id);
  authorizeAcc(
    ctx.actor,
    'acc.file',
    'a liaison adds evidence to their own unit’s reports only',
    report.unitId,
  );
  if (!isEditable(report.state))
    throw locked(
      report,
      'attach',
      `a ${report.state} report is locked; evidence can be added after it is returned`,
    );
  const checked = checkEvidence(file.fileName, file.data);
  if ((await ctx.stores.acc.countFiles(id)) >= MAX_FILES_PER_REPORT)
    throw fieldError('file', 'acc.file.too_many', `a report holds at most ${MAX_FILES_PER_REPORT} files`, {
      max: MAX_FILES_PER_REPORT,
    });
  const info = await ctx.stores.acc.insertFile({
    reportId: id,
    ...checked,
    data: file.data,
    uploadedBy: ctx.actor?.username ?? 'system',
  });
  await ctx.audit.write({ action: 'acc.report.attach', entity: 'acc_report', entityId: id, after: info });
  return info;
}

/** Removes an evidence file while its report is still a draft (never after it was submitted: a reviewer saw it). */
export async function deleteEvidence(ctx: AccContext, fileId: number): Promise<void> {
  const file = await ctx.stores.acc.findEvidenceFile(fileId);
  if (!file?.reportId)
    throw new DomainError('acc.file.not_found', `file ${fileId} not found`, { id: fileId });
  const { report } = await loadReport(ctx, file.reportId);
  authorizeAcc(
    ctx.actor,
    'acc.file',
    'a liaison removes evidence from their own unit’s reports only',
    report.unitId,
  );
  if (report.state !== 'draft')
    throw locked(
      report,
      'detach',
      `evidence can be removed only while the report is a draft; this one is ${report.state}`,
    );
  await ctx.stores.acc.deleteFile(fileId);
  const { data: _data, ...before } = file;
  await ctx.audit.write({ action: 'acc.report.detach', entity: 'acc_report', entityId: report.id, before });
}
