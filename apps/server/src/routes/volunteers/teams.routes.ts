// Teams, the issuer's seal (a PNG sent as base64) and the star levels' hours.
import {
  createTeam,
  setStarHours,
  setTeamSeal,
  starHours,
  starHoursSchema,
  teamSchema,
  visibleTeams,
} from '@kepu/domain/volunteers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['volunteers'];
/** A seal image: a few hundred KB at most. */
const sealSchema = z.strictObject({ png: z.base64().max(700_000) });

export async function teamRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/vol/teams', { config: { access: 'vol.read' }, schema: { tags } }, async (req) =>
    visibleTeams(readContext(req)),
  );
  app.post(
    '/vol/teams',
    { config: { access: 'vol.manage' }, schema: { tags, body: teamSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => createTeam(ctx, req.body))),
  );
  app.put(
    '/vol/teams/:id/seal',
    {
      config: { access: 'vol.manage' },
      bodyLimit: 1024 * 1024,
      schema: { tags, params: idParams, body: sealSchema },
    },
    async (req, reply) => {
      await inTransaction(req, (ctx) => setTeamSeal(ctx, req.params.id, Buffer.from(req.body.png, 'base64')));
      return reply.code(204).send();
    },
  );
  app.get('/vol/star-hours', { config: { access: 'vol.read' }, schema: { tags } }, async (req) => ({
    hours: await starHours(readContext(req)),
  }));
  app.put(
    '/vol/star-hours',
    { config: { access: 'vol.settings' }, schema: { tags, body: starHoursSchema } },
    async (req) => ({ hours: await inTransaction(req, (ctx) => setStarHours(ctx, req.body.hours)) }),
  );
}
