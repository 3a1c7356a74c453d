// Staff: an activity's expert invitations (request, cancel, the expert's answer recorded for them, delivery), and
// service records entered by hand or voided.
import {
  activityInvitations,
  invitationMoveSchema,
  invitationSchema,
  inviteExpert,
  moveInvitation,
  reasonSchema,
  recordService,
  serviceSchema,
  voidService,
} from '@kepu/domain/experts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['experts'];

export async function invitationRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/svc/activities/:id/experts',
    { config: { access: 'svc.file' }, schema: { tags, params: idParams } },
    async (req) => {
      const r = await activityInvitations(readContext(req), req.params.id);
      return { invitations: r.invitations, services: r.services, held: r.held };
    },
  );
  app.post(
    '/svc/activities/:id/experts',
    { config: { access: 'svc.file' }, schema: { tags, params: idParams, body: invitationSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => inviteExpert(ctx, req.params.id, req.body))),
  );
  app.post(
    '/exp/invitations/:id/moves',
    { config: { access: 'svc.file' }, schema: { tags, params: idParams, body: invitationMoveSchema } },
    async (req) => inTransaction(req, (ctx) => moveInvitation(ctx, req.params.id, req.body)),
  );
  app.post(
    '/exp/services',
    { config: { access: 'exp.manage' }, schema: { tags, body: serviceSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => recordService(ctx, req.body))),
  );
  app.post(
    '/exp/services/:id/void',
    { config: { access: 'exp.manage' }, schema: { tags, params: idParams, body: reasonSchema } },
    async (req) => inTransaction(req, (ctx) => voidService(ctx, req.params.id, req.body.reason)),
  );
}
