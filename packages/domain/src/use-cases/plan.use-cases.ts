// Plan use-cases: import an outline as a new plan version; find a version by reference; list the versions.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { validateAnyOutline } from '../plan/outline-file.ts';
import { toStorable } from '../plan/outline-storable.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { PlanRef, PlanStore, PlanSummary } from './ports.ts';

export async function importPlan(ctx: UseCaseContext<{ plans: PlanStore }>, input: unknown) {
  authorize(ctx.actor, 'plan.import');
  const o = validateAnyOutline(input);
  const planId = await ctx.stores.plans.insertOutline(o);
  const tasks = toStorable(o).taskOrder.length;
  await ctx.audit.write({
    action: 'plan.import',
    entity: 'plan',
    entityId: planId,
    after: { title: o.title, jurisdiction: o.jurisdiction, groups: o.groups.length, tasks },
  });
  return planId;
}

/** The plan version `ref` names (`current`: the jurisdiction's current one); plan.not_found { id } when none. */
export async function resolvePlan(
  ctx: UseCaseContext<{ plans: PlanStore }>,
  ref: PlanRef,
  jurisdiction: string,
): Promise<PlanBundle> {
  const bundle = await ctx.stores.plans.find(ref, jurisdiction);
  if (!bundle) throw notFound('plan', ref);
  return bundle;
}

/** Plans are public reads: every version of every jurisdiction. */
export function listPlanVersions(ctx: UseCaseContext<{ plans: PlanStore }>): Promise<PlanSummary[]> {
  return ctx.stores.plans.list();
}
