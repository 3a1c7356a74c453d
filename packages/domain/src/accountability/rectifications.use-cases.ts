// Inspections (督促检查) and their findings as rectification items: open → responded → closed, reopened by the office;
// every response, 销号 and reopen is kept in the item's history with its comment, who and when.
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { authorizeAcc } from './acc.policy.ts';
import type { AccContext } from './acc.ports.ts';
import type { InspectionInput } from './acc.schemas.ts';
import { stateConflict, unitOf } from './acc.scope.ts';
import type { AccRectification, AccRectificationEvent } from './acc.types.ts';

const conflict = (r: AccRectification, action: string, message: string) =>
  stateConflict(message, { entity: 'rectification', state: r.state, action });

export async function recordInspection(ctx: AccContext, input: InspectionInput) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may record an inspection');
  const acc = ctx.stores.acc;
  for (const [i, u] of input.unitIds.entries()) unitOf(ctx.plan, u, `unitIds[${i}]`);
  input.taskNumbers.forEach((n, i) => {
    if (!ctx.plan.tasks.some((t) => t.number === n))
      throw fieldError(`body.taskNumbers[${i}]`, 'acc.task_not_in_plan', `task ${n} is not in the plan`, {
        task: n,
      });
  });
  for (const [i, f] of input.findings.entries())
    unitOf(ctx.plan, f.ownerUnitId, `findings[${i}].ownerUnitId`);
  const inspection = await acc.insertInspection({
    planId: ctx.plan.plan.id,
    heldOn: input.heldOn,
    title: input.title,
    method: input.method,
    // the units inspected: those named, and every unit a finding is addressed to (so the card lists them)
    unitIds: [...new Set([...input.unitIds, ...input.findings.map((f) => f.ownerUnitId)])],
    taskNumbers: input.taskNumbers,
    summary: input.summary,
  });
  const rectifications: AccRectification[] = [];
  for (const f of input.findings) {
    const r = await acc.insertRectification({
      inspectionId: inspection.id,
      finding: f.finding,
      ownerUnitId: f.ownerUnitId,
      deadline: f.deadline,
      state: 'open',
      response: '',
      respondedAt: null,
      closedAt: null,
      note: '',
      reopenCount: 0,
    });
    rectifications.push(r);
    await acc.notify({
      unitId: r.ownerUnitId,
      kind: 'rectification_assigned',
      dedupeKey: `rectification-assigned:${r.id}`,
      params: { title: inspection.title, deadline: r.deadline },
      link: `/acc/inspections#rect-${r.id}`,
    });
  }
  await ctx.audit.write({
    action: 'acc.inspection.create',
    entity: 'acc_inspection',
    entityId: inspection.id,
    after: { ...inspection, rectifications },
  });
  return { inspection, rectifications };
}
export type RecordedInspection = Awaited<ReturnType<typeof recordInspection>>;

/** Adds the step to the item's history, so a later one (a reopen after 销号) never overwrites its comment. */
const remember = (ctx: AccContext, id: number, action: AccRectificationEvent['action'], comment: string) =>
  ctx.stores.acc.insertRectificationEvent({
    rectificationId: id,
    actor: ctx.actor?.username ?? 'system',
    action,
    comment,
  });

async function load(ctx: AccContext, id: number) {
  const r = await ctx.stores.acc.findRectification(id);
  if (!r) throw new DomainError('acc.rectification.not_found', `rectification ${id} not found`, { id });
  return r;
}

export async function respondRectification(ctx: AccContext, id: number, response: string) {
  const before = await load(ctx, id);
  authorizeAcc(
    ctx.actor,
    'acc.file',
    'only the owner unit responds to a rectification item',
    before.ownerUnitId,
  );
  if (before.state === 'closed')
    throw conflict(
      before,
      'respond',
      'a closed rectification item cannot be answered; ask the office to reopen it',
    );
  const after = await ctx.stores.acc.updateRectification(id, {
    state: 'responded',
    response,
    respondedAt: ctx.clock.now().toISOString(),
  });
  await remember(ctx, id, 'respond', response);
  await ctx.audit.write({
    action: 'acc.rectification.respond',
    entity: 'acc_rectification',
    entityId: id,
    before,
    after,
  });
  return after;
}

export async function closeRectification(ctx: AccContext, id: number, note: string) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may close a rectification item');
  const before = await load(ctx, id);
  if (before.state !== 'responded')
    throw conflict(before, 'close', `only an answered item can be closed; this one is ${before.state}`);
  const after = await ctx.stores.acc.updateRectification(id, {
    state: 'closed',
    closedAt: ctx.clock.now().toISOString(),
    note,
  });
  await remember(ctx, id, 'close', note);
  await ctx.audit.write({
    action: 'acc.rectification.close',
    entity: 'acc_rectification',
    entityId: id,
    before,
    after,
  });
  return after;
}

export async function reopenRectification(ctx: AccContext, id: number, reason: string) {
  authorizeAcc(ctx.actor, 'acc.manage', 'only the leading group office may reopen a rectification item');
  const before = await load(ctx, id);
  if (before.state === 'open') throw conflict(before, 'reopen', 'the item is already open');
  const after = await ctx.stores.acc.updateRectification(id, {
    state: 'open',
    closedAt: null,
    note: reason,
    reopenCount: before.reopenCount + 1,
  });
  await remember(ctx, id, 'reopen', reason);
  await ctx.stores.acc.notify({
    unitId: after.ownerUnitId,
    kind: 'rectification_assigned',
    dedupeKey: `rectification-reopened:${id}:${after.reopenCount}`,
    params: { title: reason, deadline: after.deadline },
    link: `/acc/inspections#rect-${id}`,
  });
  await ctx.audit.write({
    action: 'acc.rectification.reopen',
    entity: 'acc_rectification',
    entityId: id,
    before,
    after,
  });
  return after;
}
