// Area populations by year with their source: the denominators of per-resident figures; the office or the district
// (within its subtree) enters them, audited.
import { authorize } from '../auth/policy.ts';
import { missing } from './form.use-cases.ts';
import type { IndContext } from './ind.ports.ts';
import type { IndPopulation } from './ind.records.ts';
import type { IndPopulationView } from './ind.views.ts';
import type { PopulationFormInput } from './registers.schemas.ts';

/** Seeded stand-ins say so in their source ("演示估计值…" / "demo estimate…"); a figure entered with a real source is not. */
export const isDemoEstimate = (source: string) => /演示估计|demo estimate/i.test(source);

/** A population as the API lists it (the column names it has always had). */
export const presentPopulation = (p: IndPopulation): IndPopulationView => ({
  area_code: p.areaCode,
  name: p.areaName,
  year: p.year,
  population: p.population,
  source: p.source,
  demoEstimate: isDemoEstimate(p.source),
});

export const indPopulations = async (ctx: IndContext): Promise<IndPopulationView[]> =>
  (await ctx.stores.ind.listPopulations()).map(presentPopulation);

export async function setPopulation(ctx: IndContext, areaCode: string, input: PopulationFormInput) {
  // an area of the request's jurisdiction (issue 13)
  const area = (await ctx.stores.ind.listAreas()).find((a) => a.code === areaCode);
  if (!area) throw missing('area', areaCode, { areaCode });
  authorize(ctx.actor, 'area.edit', { code: area.code, path: area.path });
  const stored = (await ctx.stores.ind.listPopulations()).find(
    (p) => p.areaCode === areaCode && p.year === input.year,
  );
  await ctx.stores.ind.upsertPopulation({ areaCode, ...input });
  await ctx.audit.write({
    action: 'indicators.population.set',
    entity: 'area_population',
    entityId: `${areaCode}/${input.year}`,
    before: stored ? { ...presentPopulation(stored), demoEstimate: undefined } : null,
    after: input,
  });
  return indPopulations(ctx);
}
