// A team contest's teams: the office adds them (each given a code), staff list them with their codes, players see the
// names to choose from (never the codes).
import { createTeam, listTeams, publicTeams, teamSchema } from '@kepu/domain/contest';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['contest'];

export async function teamRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/contest/contests/:id/teams',
    { config: { access: 'contest.read' }, schema: { tags, params: idParams } },
    async (req) => listTeams(readContext(req), req.params.id),
  );
  app.post(
    '/contest/contests/:id/teams',
    { config: { access: 'contest.manage' }, schema: { tags, params: idParams, body: teamSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => createTeam(ctx, req.params.id, req.body))),
  );
  app.get(
    '/pub/contests/:id/teams',
    { config: { access: 'public' }, schema: { tags, params: idParams } },
    async (req) => publicTeams(readContext(req), req.params.id),
  );
}
