// Loads a plan version (`current`: the server's jurisdiction's current one, or an id) as a bundle, or answers 404.
import { type PlanBundle, type PlanRef, resolvePlan } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';

export function loadPlan(req: FastifyRequest, ref: PlanRef): Promise<PlanBundle> {
  return resolvePlan(readContext(req), ref, req.server.kepu.jurisdiction);
}
