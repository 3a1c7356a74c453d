// The cascade: a jurisdiction's plan beside those of the jurisdictions directly below it (a province's cities), with
// each one's targets and groups against its own, its progress roll-up and its key statistics.
import type { AccStore } from '../accountability/acc.ports.ts';
import { summaryView } from '../accountability/board.reads.ts';
import { withLocalUnits } from '../accountability/unit-areas.use-cases.ts';
import { authorize } from '../auth/policy.ts';
import { DomainError } from '../errors.ts';
import type { IndStore } from '../indicators/ind.ports.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { JurPlans, JurStore } from './jur.ports.ts';
import type { JurisdictionRecord } from './jur.records.ts';
import type { CascadeEntry, CascadeView, ImplementsLink } from './jur.views.ts';
import { isDirectlyBelow, jurisdictionLevel } from './jurisdiction-codes.ts';
import { planDiff } from './plan-diff.view.ts';

export type CascadeContext = UseCaseContext<{ jur: JurStore; plans: JurPlans; acc: AccStore; ind: IndStore }>;

const latest = <T extends { year: number }>(list: T[]): T | undefined =>
  list.reduce<T | undefined>((best, x) => (!best || x.year > best.year ? x : best), undefined);

async function entry(ctx: CascadeContext, j: JurisdictionRecord, plan: PlanBundle): Promise<CascadeEntry> {
  const year = Number(ctx.clock.today().slice(0, 4));
  const summary = await summaryView({ ...ctx, plan }, year);
  const [kpi, populations] = await Promise.all([
    ctx.stores.ind.listKpiValues('K_LITERACY'),
    ctx.stores.ind.listPopulations(),
  ]);
  const literacy = latest(kpi.filter((k) => k.areaCode === j.code && k.option === ''));
  const population = latest(populations.filter((p) => p.areaCode === j.code));
  return {
    code: j.code,
    name: j.name,
    level: jurisdictionLevel(j.code),
    demo: j.demo,
    plan: {
      id: plan.plan.id,
      title: plan.plan.title,
      documentNumber: plan.plan.documentNumber,
      version: plan.plan.version,
    },
    progress: {
      year,
      roundTitle: summary.figureBasis?.roundTitle ?? null,
      progress: summary.progress,
      accepted: summary.figureBasis?.accepted ?? 0,
      awaitingReview: summary.figureBasis?.awaitingReview ?? 0,
      tasks: summary.digest.headline.tasks,
      statusCounts: summary.digest.headline.byStatus,
    },
    statistics: {
      literacy: literacy ? { year: literacy.year, value: literacy.value, demo: literacy.demo } : null,
      population: population ? { year: population.year, value: population.population } : null,
      tasks: plan.tasks.length,
      units: plan.units.size,
    },
  };
}

/** The cascade page of `code` (by default the request's jurisdiction): for an account whose scope covers it. */
export async function cascadeView(ctx: CascadeContext, code = ctx.jurisdiction ?? ''): Promise<CascadeView> {
  authorize(ctx.actor, 'jur.cascade', code);
  const list = await ctx.stores.jur.list();
  const self = list.find((j) => j.code === code);
  if (!self)
    throw new DomainError(
      'jurisdiction.not_found',
      `no jurisdiction ${code} with a plan in this installation`,
      { code },
    );
  const bundle = async (j: JurisdictionRecord) => {
    const b = await ctx.stores.plans.find(j.planId, j.code);
    if (!b) throw new DomainError('plan.not_found', `plan ${j.planId} not found`, { id: j.planId });
    // the jurisdiction's local units (a district government, say) own work items and so count in its progress
    return withLocalUnits(ctx, b);
  };
  const ownPlan = await bundle(self);
  const children = [];
  for (const j of list.filter((x) => isDirectlyBelow(x.code, code))) {
    const plan = await bundle(j);
    let link: ImplementsLink = 'none';
    if (j.implementsPlanId === self.planId) link = 'current';
    else if (j.implementsPlanId !== null) {
      const above = await ctx.stores.jur.planLink(j.implementsPlanId);
      if (above?.jurisdictionCode === code) link = 'older';
    }
    children.push({ ...(await entry(ctx, j, plan)), implements: link, diff: planDiff(plan, ownPlan) });
  }
  return { own: await entry(ctx, self, ownPlan), children };
}
