// Area use-cases: populations are data the office or the district enters, with their source.
import { z } from 'zod';
import { authorize } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { notFound } from '../errors.ts';
import type { AreaStore, AuditSink } from './ports.ts';

export const areaPopulationSchema = z.strictObject({
  population: z.number().int().min(0).max(2_000_000_000),
  populationYear: z.number().int().min(1949).max(2100),
  populationSource: z.string().trim().min(1, 'say where the figure comes from').max(500),
});

export async function setAreaPopulation(
  ctx: { actor: Actor | null; areas: AreaStore; audit: AuditSink },
  code: string,
  input: z.infer<typeof areaPopulationSchema>,
) {
  const before = await ctx.areas.find(code);
  if (!before) throw notFound('area', code);
  authorize(ctx.actor, 'area.edit', { code, path: before.path });
  const after = await ctx.areas.setPopulation(code, input);
  await ctx.audit.write({ action: 'area.population.set', entity: 'area', entityId: code, before, after });
  return after;
}
