// A plan version names its units; the jurisdiction may hold more (local units the office added, such as a district
// government). Accountability and the unit pages see them all: local units have no plan duties but may own work items.

import { type Database, listJurisdictionUnits } from '@kepu/db';
import type { PlanBundle } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { loadPlan } from '../routes/plan-loader.ts';

export async function withLocalUnits(db: Kysely<Database>, plan: PlanBundle): Promise<PlanBundle> {
  const all = await listJurisdictionUnits(db, plan.plan.jurisdictionCode);
  if (all.every((u) => plan.units.has(u.id))) return plan;
  return { ...plan, units: new Map([...plan.units, ...all.map((u) => [u.id, u] as const)]) };
}

export const loadPlanWithLocalUnits = async (req: FastifyRequest, ref: number | 'current') =>
  withLocalUnits(req.server.kepu.db, await loadPlan(req, ref));
