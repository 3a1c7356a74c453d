// Unit areas (for district admins' scope) and local units of the jurisdiction: the office links a unit to the city, a
// district or county, or a zone, and adds units such as 大洼区人民政府 so they can own work items. The areas are
// read with the units (GET /api/plans/:planId/units and …/units/:unitId carry `area`, null for city-level).
import { createLocalUnit, localUnitSchema, setUnitAreaLink, unitAreaSchema } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accTransaction } from '../../accountability/acc-context.ts';
import { idParams } from '../params.ts';

const tags = ['accountability'];

export async function unitAreaRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const office = { config: { access: 'acc.manage' as const } };

  app.put(
    '/acc/units/:id/area',
    { ...office, schema: { tags, params: idParams, body: unitAreaSchema } },
    (req) => accTransaction(req, (ctx) => setUnitAreaLink(ctx, req.params.id, req.body.areaCode)),
  );

  app.post('/acc/units', { ...office, schema: { tags, body: localUnitSchema } }, async (req, reply) => {
    const unit = await accTransaction(req, (ctx) => createLocalUnit(ctx, req.body));
    return reply.status(201).send(unit);
  });
}
