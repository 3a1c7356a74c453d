// Loads a plan version (`current` or an id) as a bundle, or answers 404.
import { notFound, type PlanBundle } from '@kepu/domain';
import { loadPlanBundle, resolvePlanId } from '@kepu/db';
import type { FastifyRequest } from 'fastify';

export { idParam, planParam } from './params.ts';

export async function loadPlan(req: FastifyRequest, ref: number | 'current'): Promise<PlanBundle> {
  const { db, jurisdiction } = req.server.kepu;
  const id = await resolvePlanId(db, ref, jurisdiction);
  const bundle = id === null ? null : await loadPlanBundle(db, id);
  if (!bundle) throw notFound('plan', ref);
  return bundle;
}
