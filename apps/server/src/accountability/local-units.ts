// A plan version with every unit of its jurisdiction (local units the office added own work items too).
import { type PlanBundle } from '@kepu/domain';
import { withLocalUnits } from '@kepu/domain/accountability';
import type { FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';
import { loadPlan } from '../routes/plan-loader.ts';

export const loadPlanWithLocalUnits = async (
  req: FastifyRequest,
  ref: number | 'current',
): Promise<PlanBundle> => withLocalUnits(readContext(req), await loadPlan(req, ref));
