// Accountability's use-case context per request: the kernel's (inTransaction, readContext) with the current plan.
import type { AccContext } from '@kepu/domain/accountability';
import type { FastifyRequest } from 'fastify';
import { inTransaction, readContext } from '../context.ts';
import { loadPlanWithLocalUnits } from './local-units.ts';

/** The current plan with the jurisdiction's local units, which may own work items and so owe reports. */
export const currentPlan = (req: FastifyRequest) => loadPlanWithLocalUnits(req, 'current');

/** Runs a use-case (and its audit entries) in one transaction, with the current plan in its context. */
export async function accTransaction<T>(
  req: FastifyRequest,
  fn: (ctx: AccContext) => Promise<T>,
): Promise<T> {
  const plan = await currentPlan(req);
  return inTransaction(req, (ctx) => fn({ ...ctx, plan }));
}

/** Runs a use-case or view that only reads, with the current plan in its context. */
export async function accRead<T>(req: FastifyRequest, fn: (ctx: AccContext) => Promise<T>): Promise<T> {
  const plan = await currentPlan(req);
  return fn({ ...readContext(req), plan });
}
