// One report (or the empty cell it would fill) with its round, task, work items, history and the reader's abilities.
import { DomainError } from '../errors.ts';
import type { TaskRecord } from '../plan-model/plan-bundle.ts';
import { authorizeAcc, mayReadState } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import { leadUnitsOf, taskOf } from './acc.scope.ts';
import { type AccReport, roundKind } from './acc.types.ts';
import { MAX_EVIDENCE_BYTES } from './evidence.ts';
import { cellAbilities, closingDate, roundPhase } from './report.policy.ts';

/** Refuses a reader who may not read the unit's reports on the task (see `acc.report.read`). */
async function assertCanRead(ctx: AccContext, taskNumber: number, unitId: number): Promise<TaskRecord> {
  const task = taskOf(ctx.plan, taskNumber);
  const area = await ctx.stores.acc.unitAreaScope(unitId);
  authorizeAcc(
    ctx.actor,
    'acc.report.read',
    'you may not read this unit’s reports',
    unitId,
    leadUnitsOf(ctx.plan, task),
    area,
  );
  return task;
}

async function presentCell(
  ctx: AccContext,
  roundId: number,
  taskNumber: number,
  unitId: number,
  report: AccReport | null,
) {
  const acc = ctx.stores.acc;
  const round = await acc.findRound(roundId);
  if (!round || round.planId !== ctx.plan.plan.id)
    throw new DomainError('acc.round.not_found', `round ${roundId} not found`, { id: roundId });
  const task = await assertCanRead(ctx, taskNumber, unitId);
  const detail = report ? await acc.reportDetail(report.id) : undefined;
  const closesOn = closingDate(round, await acc.findExtension(round.id, unitId));
  const today = ctx.clock.today();
  const windowOpen = roundPhase(round, today, closesOn) === 'open';
  const workItems = (await acc.listWorkItems(ctx.plan.plan.id, round.year)).filter(
    (w) => w.taskNumber === taskNumber,
  );
  const group = ctx.plan.groups.find((g) => g.id === task.groupId);
  return {
    report: detail?.report ?? null,
    history: detail?.history ?? [],
    files: detail?.files ?? [],
    round: {
      ...round,
      kind: roundKind(round.period),
      phase: roundPhase(round, today),
      closesOnForUnit: closesOn,
      windowOpen,
    },
    task: {
      number: task.number,
      title: task.title,
      group: group ? { id: group.id, kind: group.kind, number: group.number, title: group.title } : null,
    },
    unit: { id: unitId, name: ctx.plan.units.get(unitId)?.name ?? '' },
    workItems,
    can: cellAbilities(ctx.actor, ctx.plan, task, unitId, report?.state ?? null, windowOpen),
    maxFileBytes: MAX_EVIDENCE_BYTES,
  };
}
export type ReportCellView = Awaited<ReturnType<typeof presentCell>>;

/** The cell of (round, task, unit): its report if one was filed, else what filing one would start from. */
export async function reportCellView(ctx: AccContext, roundId: number, taskNumber: number, unitId: number) {
  const report = await ctx.stores.acc.findReportCell(roundId, taskNumber, unitId);
  return presentCell(
    ctx,
    roundId,
    taskNumber,
    unitId,
    report && mayReadState(ctx.actor, report) ? report : null,
  );
}

/** A report by id, presented as its cell. */
export async function reportView(ctx: AccContext, id: number) {
  const report = await ctx.stores.acc.findReport(id);
  // another unit's draft is not there yet for the reader
  if (!report || !mayReadState(ctx.actor, report))
    throw new DomainError('acc.report.not_found', `report ${id} not found`, { id });
  return presentCell(ctx, report.roundId, report.taskNumber, report.unitId, report);
}

/** An evidence file with its bytes, for a reader who may read its report. */
export async function evidenceDownload(ctx: AccContext, id: number) {
  const file = await ctx.stores.acc.findEvidenceFile(id);
  const report = file?.reportId ? await ctx.stores.acc.findReport(file.reportId) : undefined;
  if (!file || !report || !mayReadState(ctx.actor, report))
    throw new DomainError('acc.file.not_found', `file ${id} not found`, { id });
  await assertCanRead(ctx, report.taskNumber, report.unitId);
  return file;
}
