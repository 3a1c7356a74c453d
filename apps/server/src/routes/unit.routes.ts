// Units of a plan: list, one unit's duties (contact details and reminder addresses only for those allowed), profile edits.

import { unitDuties, unitList, unitPage, unitPatchSchema, updateUnitProfile } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadPlanWithLocalUnits as loadPlan } from '../accountability/local-units.ts';
import { inTransaction, readContext } from '../context.ts';
import { idParam, planParam } from './params.ts';

const params = z.object({ planId: planParam, unitId: idParam });

export async function unitRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/plans/:planId/units',
    { config: { access: 'public' }, schema: { tags: ['unit'], params: params.pick({ planId: true }) } },
    async (req) => unitList(readContext(req), await loadPlan(req, req.params.planId)),
  );

  app.get(
    '/plans/:planId/units/:unitId',
    { config: { access: 'public' }, schema: { tags: ['unit'], params } },
    async (req) => unitPage(readContext(req), await loadPlan(req, req.params.planId), req.params.unitId),
  );

  app.patch(
    '/plans/:planId/units/:unitId',
    { config: { access: 'unit.edit' }, schema: { tags: ['unit'], params, body: unitPatchSchema } },
    async (req) => {
      unitDuties(await loadPlan(req, req.params.planId), req.params.unitId); // 404 when the unit is not in this plan
      return inTransaction(req, (ctx) => updateUnitProfile(ctx, req.params.unitId, req.body));
    },
  );
}
