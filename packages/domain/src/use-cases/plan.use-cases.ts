// Plan use-cases: import an outline as a new plan version; find a version by reference; list the versions.
import { authorize } from '../auth/policy.ts';
import { DomainError, notFound } from '../errors.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import { validateAnyOutline } from '../plan/outline-file.ts';
import { toStorable } from '../plan/outline-storable.ts';
import { outlineUnitNames, renameUnits, suggestUnits } from '../plan/unit-suggest.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { PlanRef, PlanStore, PlanSummary } from './ports.ts';

export async function importPlan(ctx: UseCaseContext<{ plans: PlanStore }>, input: unknown) {
  authorize(ctx.actor, 'plan.import');
  const o = validateAnyOutline(input);
  // an office imports outlines of its own jurisdiction and those below it (issue 13)
  authorize(ctx.actor, 'jur.read', o.jurisdiction.code);
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

/** Plans are public reads: every version of the request's jurisdiction (of every one outside a request). */
export async function listPlanVersions(ctx: UseCaseContext<{ plans: PlanStore }>): Promise<PlanSummary[]> {
  const all = await ctx.stores.plans.list();
  return ctx.jurisdiction ? all.filter((p) => p.jurisdictionCode === ctx.jurisdiction) : all;
}

export interface CommitOutlineInput {
  outline: unknown;
  /** Names in the outline mapped to units the jurisdiction already has: { "市教肓局": "市教育局" }. */
  unitMap?: Record<string, string>;
  /** New names the office confirmed as new units. */
  newUnits?: string[];
}

/**
 * The import page's commit (and the CLI's): the outline as corrected, its unit names mapped; every name that is new to a
 * jurisdiction that already has units must be confirmed, else plan.unconfirmed_units lists them with the closest names.
 */
export async function commitOutlineImport(
  ctx: UseCaseContext<{ plans: PlanStore }>,
  input: CommitOutlineInput,
) {
  authorize(ctx.actor, 'plan.import');
  const map = input.unitMap ?? {};
  const raw = validateAnyOutline(input.outline);
  const existing = await ctx.stores.plans.unitNames(raw.jurisdiction.code);
  const unknownTargets = Object.entries(map).filter(([, to]) => !existing.includes(to));
  if (unknownTargets.length)
    throw new DomainError(
      'plan.unit_map_unknown',
      `mapped to units the jurisdiction does not have: ${unknownTargets.map(([, to]) => to).join('、')}`,
      {
        units: unknownTargets.map(([from, to]) => ({ from, to })),
      },
    );
  const o = validateAnyOutline(renameUnits(raw, map));
  const confirmed = new Set(input.newUnits ?? []);
  const pending = existing.length
    ? suggestUnits(outlineUnitNames(o), existing).filter((s) => !confirmed.has(s.name))
    : [];
  if (pending.length)
    throw new DomainError(
      'plan.unconfirmed_units',
      `new units to confirm or map: ${pending.map((p) => p.name).join('、')}`,
      { units: pending },
    );
  const planId = await ctx.stores.plans.insertOutline(o);
  await ctx.audit.write({
    action: 'plan.import',
    entity: 'plan',
    entityId: planId,
    after: {
      title: o.title,
      jurisdiction: o.jurisdiction,
      format: o.format,
      groups: o.groups.length,
      tasks: toStorable(o).taskOrder.length,
      unitMap: map,
      newUnits: [...confirmed],
    },
  });
  return planId;
}
