// Emergency mode: the office signs off a pack (public at once; the units are notified by the fan-out job, started at
// once) and ends the emergency.
import {
  emergencySchema,
  endEmergency,
  endEmergencySchema,
  listEmergencies,
  startEmergency,
} from '@kepu/domain/content';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contentJobs } from '../../content/jobs.ts';
import { inTransaction, readContext } from '../../context.ts';
import { forgetReleases } from '../../publication/public-cache.ts';
import { idParams } from '../params.ts';

const tags = ['content'];

export async function emergencyRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/cnt/emergencies', { config: { access: 'cnt.read' }, schema: { tags } }, async (req) =>
    listEmergencies(readContext(req)),
  );
  app.post(
    '/cnt/emergencies',
    { config: { access: 'cnt.emergency' }, schema: { tags, body: emergencySchema } },
    async (req, reply) => {
      const e = await inTransaction(req, (ctx) => startEmergency(ctx, req.body));
      // the portal leads with the pack from the next request on, and the units hear of it now
      forgetReleases(req);
      await req.server.jobs.runSoon(contentJobs.emergency);
      return reply.code(201).send(e);
    },
  );
  app.post(
    '/cnt/emergencies/:id/end',
    { config: { access: 'cnt.emergency' }, schema: { tags, params: idParams, body: endEmergencySchema } },
    async (req, reply) => {
      await inTransaction(req, (ctx) => endEmergency(ctx, req.params.id, req.body.note));
      forgetReleases(req);
      return reply.code(204).send();
    },
  );
}
