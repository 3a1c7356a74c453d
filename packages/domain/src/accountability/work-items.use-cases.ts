// Yearly work items (年度工作要点) of a task, copied forward year to year, and the published roll-up weights.
import { can, roleMay } from '../auth/policy.ts';
import { DomainError, forbidden } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { authorizeAcc, mayEditWorkItems } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { WeightsInput, WorkItemInput, WorkItemPatch } from './acc.schemas.ts';
import { leadUnitsOf, taskOf, unitOf } from './acc.scope.ts';
import type { AccWorkItem } from './acc.types.ts';
import { addYears } from './dates.ts';

function mayEditTask(ctx: AccContext, taskNumber: number): void {
  const task = taskOf(ctx.plan, taskNumber);
  authorizeAcc(
    ctx.actor,
    'acc.work_items.edit',
    "only the office or the task's lead unit sets its work items",
    leadUnitsOf(ctx.plan, task),
  );
}

function checkOwners(ctx: AccContext, ids: number[]) {
  for (const [i, id] of ids.entries()) unitOf(ctx.plan, id, `ownerUnitIds[${i}]`);
}

export async function createWorkItem(ctx: AccContext, input: WorkItemInput): Promise<AccWorkItem> {
  mayEditTask(ctx, input.taskNumber);
  checkOwners(ctx, input.ownerUnitIds);
  const item = await ctx.stores.acc.insertWorkItem({ planId: ctx.plan.plan.id, ...input, copiedFrom: null });
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
  const before = await ctx.stores.acc.findWorkItem(id);
  if (!before || before.planId !== ctx.plan.plan.id)
    throw new DomainError('acc.work_item.not_found', `work item ${id} not found`, { id });
  mayEditTask(ctx, before.taskNumber);
  if (patch.ownerUnitIds) checkOwners(ctx, patch.ownerUnitIds);
  const after = await ctx.stores.acc.updateWorkItem(id, patch);
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
  if (!roleMay(ctx.actor, 'acc.work_items.edit'))
    throw forbidden('only the office or a lead unit copies work items', {
      permission: 'acc.work_items.edit',
    });
  const acc = ctx.stores.acc;
  const source = (await acc.listWorkItems(ctx.plan.plan.id, fromYear)).filter((w) =>
    mayEditWorkItems(ctx.actor, ctx.plan, taskOf(ctx.plan, w.taskNumber)),
  );
  // the office copies every item (none is nothing to do); a lead unit must lead at least one item's task
  if (source.length === 0 && !can(ctx.actor, 'acc.manage'))
    throw forbidden('you lead no task with work items in that year', { permission: 'acc.work_items.edit' });
  const already = new Set((await acc.listWorkItems(ctx.plan.plan.id, toYear)).map((w) => w.copiedFrom));
  const created: AccWorkItem[] = [];
  for (const w of source) {
    if (already.has(w.id)) continue;
    const { id, ...rest } = w;
    created.push(
      await acc.insertWorkItem({
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
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may set roll-up weights');
  const acc = ctx.stores.acc;
  input.tasks.forEach((t, i) => {
    if (!ctx.plan.tasks.some((x) => x.number === t.taskNumber))
      throw fieldError(
        `body.tasks[${i}].taskNumber`,
        'acc.task_not_in_plan',
        `task ${t.taskNumber} is not in the plan`,
        { task: t.taskNumber },
      );
  });
  input.groups.forEach((g, i) => {
    if (!ctx.plan.groups.some((x) => x.id === g.groupId))
      throw fieldError(
        `body.groups[${i}].groupId`,
        'acc.group_not_in_plan',
        `group ${g.groupId} is not in the plan`,
        { group: g.groupId },
      );
  });
  const before = await acc.listWeights(ctx.plan.plan.id);
  const next = [
    ...input.tasks.map((t) => ({ level: 'task' as const, ref: t.taskNumber, weight: t.weight })),
    ...input.groups.map((g) => ({ level: 'group' as const, ref: g.groupId, weight: g.weight })),
  ];
  await acc.setWeights(ctx.plan.plan.id, next);
  const after = await acc.listWeights(ctx.plan.plan.id);
  await ctx.audit.write({
    action: 'acc.weights.set',
    entity: 'acc_weights',
    entityId: ctx.plan.plan.id,
    before,
    after,
  });
  return after;
}

/** The published weights (missing = 1). */
export const listWeights = (ctx: AccContext) => ctx.stores.acc.listWeights(ctx.plan.plan.id);

/** A year's work items (of one task when given), each with its owner units' names. */
export async function workItemsView(ctx: AccContext, year: number, taskNumber?: number) {
  const items = await ctx.stores.acc.listWorkItems(ctx.plan.plan.id, year);
  return items
    .filter((w) => taskNumber === undefined || w.taskNumber === taskNumber)
    .map((w) => ({
      ...w,
      owners: w.ownerUnitIds.map((id) => ({ id, name: ctx.plan.units.get(id)?.name ?? '' })),
    }));
}
export type WorkItemView = Awaited<ReturnType<typeof workItemsView>>[number];

/** Copies forward and says how many were created and skipped, with the new items. */
export async function copyForwardView(ctx: AccContext, fromYear: number, toYear: number) {
  const r = await copyWorkItemsForward(ctx, fromYear, toYear);
  return { created: r.created.length, skipped: r.skipped, items: r.created };
}
export type CopyForwardResult = Awaited<ReturnType<typeof copyForwardView>>;
