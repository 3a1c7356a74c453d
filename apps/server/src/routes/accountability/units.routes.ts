// Unit areas (district admins' scope) and local units the office adds (大洼区人民政府) to own work items.
import {
  createLocalUnit,
  localUnitSchema,
  setUnitAreaLink,
  unitAreaSchema,
} from '@kepu/domain/accountability';
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
