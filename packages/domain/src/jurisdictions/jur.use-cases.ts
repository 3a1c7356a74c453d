// Which jurisdictions an account may work in, choosing one for the session, and naming the plan a plan implements.
import { type AreaNode, areaSeedSchema } from '../areas/area.types.ts';
import { flattenAreaTree } from '../areas/area-tree.ts';
import { authorize, can } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import { fieldError } from '../kernel/field-error.ts';
import { validationError } from '../validation.ts';
import type { JurContext } from './jur.ports.ts';
import type { JurisdictionRecord } from './jur.records.ts';
import type { MyJurisdictionsView } from './jur.views.ts';
import { coversJurisdiction, jurisdictionLevel } from './jurisdiction-codes.ts';

const notServed = (code: string) =>
  new DomainError('jurisdiction.not_found', `no jurisdiction ${code} with a plan in this installation`, {
    code,
  });

/** The jurisdictions the actor may choose (its own and every one below it that has a plan), and the current one. */
export async function myJurisdictions(ctx: JurContext): Promise<MyJurisdictionsView> {
  const list = await ctx.stores.jur.list();
  const current = ctx.jurisdiction ?? '';
  return {
    current,
    home: ctx.actor?.jurisdictionCode ?? current,
    options: list
      .filter((j) => can(ctx.actor, 'jur.read', j.code))
      .map((j) => ({
        code: j.code,
        name: j.name,
        level: jurisdictionLevel(j.code),
        demo: j.demo,
        planTitle: j.planTitle,
      })),
  };
}

/** Makes `code` the session's jurisdiction: one the account may see and that has a plan here. */
export async function chooseJurisdiction(
  ctx: JurContext,
  sessionId: string,
  code: string,
): Promise<JurisdictionRecord> {
  authorize(ctx.actor, 'jur.read', code);
  const j = (await ctx.stores.jur.list()).find((x) => x.code === code);
  if (!j) throw notServed(code);
  const home = ctx.actor?.jurisdictionCode;
  await ctx.stores.jur.choose(sessionId, code === home ? null : code);
  await ctx.audit.write({
    action: 'jur.choose',
    entity: 'user',
    entityId: ctx.actor?.userId ?? 0,
    before: { jurisdiction: ctx.jurisdiction ?? null },
    after: { jurisdiction: code },
  });
  return j;
}

/**
 * Names the plan version `planId` implements: a plan of a jurisdiction above it (national → province → city →
 * county), or none (null).
 */
export async function linkPlan(ctx: JurContext, planId: number, implementsPlanId: number | null) {
  const plan = await ctx.stores.jur.planLink(planId);
  if (!plan) throw new DomainError('plan.not_found', `plan ${planId} not found`, { id: planId });
  authorize(ctx.actor, 'jur.link', plan.jurisdictionCode);
  if (implementsPlanId !== null) {
    const above = await ctx.stores.jur.planLink(implementsPlanId);
    if (!above)
      throw fieldError('implementsPlanId', 'plan.not_found', `plan ${implementsPlanId} not found`, {
        id: implementsPlanId,
      });
    if (
      above.jurisdictionCode === plan.jurisdictionCode ||
      !coversJurisdiction(above.jurisdictionCode, plan.jurisdictionCode)
    )
      throw fieldError(
        'implementsPlanId',
        'jurisdiction.not_above',
        `plan ${implementsPlanId} (${above.jurisdictionCode}) is not of a jurisdiction above ${plan.jurisdictionCode}`,
        { code: above.jurisdictionCode, below: plan.jurisdictionCode },
      );
  }
  await ctx.stores.jur.setImplements(planId, implementsPlanId);
  await ctx.audit.write({
    action: 'jur.link',
    entity: 'plan',
    entityId: planId,
    before: { implementsPlanId: plan.implementsPlanId },
    after: { implementsPlanId },
  });
  return { planId, implementsPlanId };
}

/**
 * Imports an area tree (a kepu-areas/1 document: any province, city or county, from the GB/T 2260 package or written
 * by hand for codes it lacks) into the installation's one area forest.
 */
export async function importAreaTree(ctx: JurContext, input: unknown) {
  const parsed = areaSeedSchema.safeParse(input);
  if (!parsed.success) throw validationError('validation.failed', parsed.error.issues);
  const tree: AreaNode = parsed.data.tree;
  authorize(ctx.actor, 'jur.link', tree.code.slice(0, 6));
  const result = await ctx.stores.jur.importAreas(flattenAreaTree(tree));
  await ctx.audit.write({
    action: 'areas.import',
    entity: 'area',
    entityId: tree.code,
    after: { name: tree.name, source: parsed.data.source, ...result },
  });
  return { code: tree.code, name: tree.name, ...result };
}
