// Yearly work items (年度工作要点) of a task, copied forward year to year, and the published roll-up weights.
import { DomainError, forbidden } from '../errors.ts';
import type { AccContext } from './acc.ports.ts';
import type { WeightsInput, WorkItemInput, WorkItemPatch } from './acc.schemas.ts';
import { fieldError, isLeadOf, requireOffice, taskOf, unitOf } from './acc.scope.ts';
import type { AccWorkItem } from './acc.types.ts';
import { addYears } from './dates.ts';

function mayEditTask(ctx: AccContext, taskNumber: number): void {
  const task = taskOf(ctx.plan, taskNumber);
  if (ctx.actor?.role !== 'office' && !isLeadOf(ctx.actor, ctx.plan, task)) {
    throw forbidden("only the office or the task's lead unit sets its work items");
  }
}

function checkOwners(ctx: AccContext, ids: number[]) {
  for (const [i, id] of ids.entries()) unitOf(ctx.plan, id, `ownerUnitIds[${i}]`);
}

export async function createWorkItem(ctx: AccContext, input: WorkItemInput): Promise<AccWorkItem> {
  mayEditTask(ctx, input.taskNumber);
  checkOwners(ctx, input.ownerUnitIds);
  const item = await ctx.acc.insertWorkItem({ planId: ctx.plan.plan.id, ...input, copiedFrom: null });
  await ctx.audit.write({
    action: 'acc.work_item.create',
    entity: 'acc_work_item',
    entityId: item.id,
    after: item,
  });
  return item;
}

export async function updateWorkItem(
  ctx: AccContext,
  id: number,
  patch: WorkItemPatch,
): Promise<AccWorkItem> {
  const before = await ctx.acc.findWorkItem(id);
  if (!before || before.planId !== ctx.plan.plan.id)
    throw new DomainError('acc.work_item.not_found', `work item ${id} not found`, { id });
  mayEditTask(ctx, before.taskNumber);
  if (patch.ownerUnitIds) checkOwners(ctx, patch.ownerUnitIds);
  const after = await ctx.acc.updateWorkItem(id, patch);
  await ctx.audit.write({
    action: 'acc.work_item.update',
    entity: 'acc_work_item',
    entityId: id,
    before,
    after,
  });
  return after;
}

/** Copies a year's items to a later year (dates moved by the same number of years); items already copied are skipped. */
export async function copyWorkItemsForward(ctx: AccContext, fromYear: number, toYear: number) {
  if (!ctx.actor || (ctx.actor.role !== 'office' && ctx.actor.role !== 'liaison'))
    throw forbidden('only the office or a lead unit copies work items');
  const source = (await ctx.acc.listWorkItems(ctx.plan.plan.id, fromYear)).filter(
    (w) => ctx.actor?.role === 'office' || isLeadOf(ctx.actor, ctx.plan, taskOf(ctx.plan, w.taskNumber)),
  );
  if (ctx.actor.role !== 'office' && source.length === 0)
    throw forbidden('you lead no task with work items in that year');
  const already = new Set((await ctx.acc.listWorkItems(ctx.plan.plan.id, toYear)).map((w) => w.copiedFrom));
  const created: AccWorkItem[] = [];
  for (const w of source) {
    if (already.has(w.id)) continue;
    const { id, ...rest } = w;
    created.push(
      await ctx.acc.insertWorkItem({
        ...rest,
        year: toYear,
        dueOn: addYears(w.dueOn, toYear - fromYear),
        copiedFrom: id,
      }),
    );
  }
  await ctx.audit.write({
    action: 'acc.work_item.copy',
    entity: 'acc_work_item',
    entityId: `${fromYear}->${toYear}`,
    after: { created: created.map((w) => w.id) },
  });
  return { created, skipped: source.length - created.length };
}

export async function setWeights(ctx: AccContext, input: WeightsInput) {
  requireOffice(ctx.actor, 'set roll-up weights');
  input.tasks.forEach((t, i) => {
    if (!ctx.plan.tasks.some((x) => x.number === t.taskNumber))
      throw fieldError(`body.tasks[${i}].taskNumber`, `task ${t.taskNumber} is not in the plan`);
  });
  input.groups.forEach((g, i) => {
    if (!ctx.plan.groups.some((x) => x.id === g.groupId))
      throw fieldError(`body.groups[${i}].groupId`, `group ${g.groupId} is not in the plan`);
  });
  const before = await ctx.acc.listWeights(ctx.plan.plan.id);
  const next = [
    ...input.tasks.map((t) => ({ level: 'task' as const, ref: t.taskNumber, weight: t.weight })),
    ...input.groups.map((g) => ({ level: 'group' as const, ref: g.groupId, weight: g.weight })),
  ];
  await ctx.acc.setWeights(ctx.plan.plan.id, next);
  const after = await ctx.acc.listWeights(ctx.plan.plan.id);
  await ctx.audit.write({
    action: 'acc.weights.set',
    entity: 'acc_weights',
    entityId: ctx.plan.plan.id,
    before,
    after,
  });
  return after;
}
