// Plan use-cases: import an outline as a new plan version.
import { authorize } from '../auth/policy.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { validateOutline } from '../plan/outline-file.ts';
import type { PlanStore } from './ports.ts';

export async function importPlan(ctx: UseCaseContext<{ plans: PlanStore }>, input: unknown) {
  authorize(ctx.actor, 'plan.import');
  const o = validateOutline(input);
  const planId = await ctx.stores.plans.insertOutline(o);
  await ctx.audit.write({
    action: 'plan.import',
    entity: 'plan',
    entityId: planId,
    after: { title: o.title, jurisdiction: o.jurisdiction, groups: o.groups.length, tasks: o.tasks.length },
  });
  return planId;
}
