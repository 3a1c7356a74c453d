// Staff: opportunities, their sign-ups and moving a sign-up on.
import {
  createOpportunity,
  opportunityDetail,
  opportunitySchema,
  setSignupStatus,
  signupStatusSchema,
  staffOpportunities,
} from '@kepu/domain/volunteers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParam, idParams } from '../params.ts';

const tags = ['volunteers'];
const signupParams = z.object({ id: idParam, signupId: idParam });

export async function opportunityRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/vol/opportunities', { config: { access: 'vol.read' }, schema: { tags } }, async (req) =>
    staffOpportunities(readContext(req)),
  );
  app.post(
    '/vol/opportunities',
    { config: { access: 'vol.manage' }, schema: { tags, body: opportunitySchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => createOpportunity(ctx, req.body))),
  );
  app.get(
    '/vol/opportunities/:id',
    { config: { access: 'vol.read' }, schema: { tags, params: idParams } },
    async (req) => opportunityDetail(readContext(req), req.params.id),
  );
  app.post(
    '/vol/opportunities/:id/signups/:signupId',
    { config: { access: 'vol.manage' }, schema: { tags, params: signupParams, body: signupStatusSchema } },
    async (req) =>
      inTransaction(req, (ctx) => setSignupStatus(ctx, req.params.id, req.params.signupId, req.body.status)),
  );
}
