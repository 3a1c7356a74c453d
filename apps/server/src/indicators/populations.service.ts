// Area populations by year with their source: the denominators of per-resident figures; the office or the district
// (within its subtree) enters them, audited.
import { authorize, notFound } from '@kepu/domain';
import { findArea, listPopulations, upsertPopulation } from '@kepu/db';
import { z } from 'zod';
import type { IndCtx } from './tx.ts';

export const populationSchema = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  population: z.number().int().min(0).max(2_000_000_000),
  source: z.string().trim().min(1, 'say where the figure comes from').max(500),
});

/** Seeded stand-ins say so in their source ("演示估计值…" / "demo estimate…"); a figure entered with a real source is not. */
export const isDemoEstimate = (source: string) => /演示估计|demo estimate/i.test(source);

export const populations = async (ctx: IndCtx) =>
  (await listPopulations(ctx.db)).map((p) => ({ ...p, demoEstimate: isDemoEstimate(p.source) }));

export async function setPopulation(ctx: IndCtx, areaCode: string, input: z.infer<typeof populationSchema>) {
  const area = await findArea(ctx.db, areaCode);
  if (!area) throw notFound('area', areaCode);
  authorize(ctx.actor, 'area.edit', { code: area.code, path: area.path });
  const before =
    (await listPopulations(ctx.db)).find((p) => p.area_code === areaCode && p.year === input.year) ?? null;
  await upsertPopulation(ctx.db, { areaCode, ...input });
  await ctx.audit('indicators.population.set', 'area_population', `${areaCode}/${input.year}`, before, input);
  return populations(ctx);
}
