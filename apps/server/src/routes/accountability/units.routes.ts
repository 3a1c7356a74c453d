// Unit areas (for district admins' scope) and local units of the jurisdiction: the office links a unit to the city, a
// district or county, or a zone, and adds units such as 大洼区人民政府 so they can own work items. The areas are
// read with the units (GET /api/plans/:planId/units and …/units/:unitId carry `area`, null for city-level).

import { unitAreaStore } from '@kepu/db';
import { createLocalUnit, localUnitSchema, setUnitAreaLink, unitAreaSchema } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentPlan, idParams, withAcc } from '../../accountability/acc-request.ts';

const tags = ['accountability'];

export async function unitAreaRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.put(
    '/acc/units/:id/area',
    { ...signedIn, schema: { tags, params: idParams, body: unitAreaSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx, trx) =>
        setUnitAreaLink({ ...ctx, units: unitAreaStore(trx) }, req.params.id, req.body.areaCode),
      );
    },
  );

  app.post('/acc/units', { ...signedIn, schema: { tags, body: localUnitSchema } }, async (req, reply) => {
    const plan = await currentPlan(req);
    const unit = await withAcc(req, plan, (ctx, trx) =>
      createLocalUnit({ ...ctx, units: unitAreaStore(trx) }, req.body),
    );
    return reply.status(201).send(unit);
  });
}
