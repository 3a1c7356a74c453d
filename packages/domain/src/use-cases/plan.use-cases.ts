// Plan use-cases: import an outline as a new plan version.
import { authorize } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { validateOutline } from '../plan/outline-file.ts';
import type { AuditSink, PlanStore } from './ports.ts';

export async function importPlan(ctx: { actor: Actor | null; plans: PlanStore; audit: AuditSink }, input: unknown) {
  authorize(ctx.actor, 'plan.import');
  const o = validateOutline(input);
  const planId = await ctx.plans.insertOutline(o);
  await ctx.audit.write({
    action: 'plan.import',
    entity: 'plan',
    entityId: planId,
    after: { title: o.title, jurisdiction: o.jurisdiction, groups: o.groups.length, tasks: o.tasks.length },
  });
  return planId;
}
