// Plan use-cases: import an outline as a new plan version; find a version by reference; list the versions.
import { authorize } from '../auth/policy.ts';
import { notFound } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { validateOutline } from '../plan/outline-file.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { PlanRef, PlanStore, PlanSummary } from './ports.ts';

export async function importPlan(ctx: UseCaseContext<{ plans: PlanStore }>, input: unknown) {
  authorize(ctx.actor, 'plan.import');
  const o = validateOutline(input);
  // an office imports outlines of its own jurisdiction and those below it (issue 13)
  authorize(ctx.actor, 'jur.read', o.jurisdiction.code);
  const planId = await ctx.stores.plans.insertOutline(o);
  await ctx.audit.write({
    action: 'plan.import',
    entity: 'plan',
    entityId: planId,
    after: { title: o.title, jurisdiction: o.jurisdiction, groups: o.groups.length, tasks: o.tasks.length },
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

/** Plans are public reads: every version of the request's jurisdiction (of every one outside a request). */
export async function listPlanVersions(ctx: UseCaseContext<{ plans: PlanStore }>): Promise<PlanSummary[]> {
  const all = await ctx.stores.plans.list();
  return ctx.jurisdiction ? all.filter((p) => p.jurisdictionCode === ctx.jurisdiction) : all;
}
