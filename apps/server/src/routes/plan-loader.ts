// Loads a plan version (`current`: the request's jurisdiction's current one, or an id) as a bundle, or answers 404.
// A version of another jurisdiction is not found here: every page works in the one jurisdiction the request chose.
import { DomainError, type PlanBundle, type PlanRef, resolvePlan } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';

export async function loadPlan(req: FastifyRequest, ref: PlanRef): Promise<PlanBundle> {
  const bundle = await resolvePlan(readContext(req), ref, req.jurisdiction);
  if (bundle.plan.jurisdictionCode !== req.jurisdiction)
    throw new DomainError('plan.not_found', `plan ${ref} not found in jurisdiction ${req.jurisdiction}`, {
      id: ref,
    });
  return bundle;
}
