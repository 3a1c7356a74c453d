// Staff: check-in/out by a volunteer's code, hours entered by the team, the review queue and moves in bulk.
import {
  codeSchema,
  enterHours,
  hourStates,
  hoursEntrySchema,
  hoursMoveSchema,
  hoursQueue,
  moveHours,
  scanVolunteer,
} from '@kepu/domain/volunteers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['volunteers'];
const queueQuery = z.object({
  states: z
    .string()
    .default('pending')
    .transform((s) => s.split(','))
    .pipe(z.array(z.enum(hourStates))),
});

export async function hourRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/vol/opportunities/:id/scan',
    { config: { access: 'vol.manage' }, schema: { tags, params: idParams, body: codeSchema } },
    async (req) => inTransaction(req, (ctx) => scanVolunteer(ctx, req.params.id, req.body.code)),
  );
  app.post(
    '/vol/hours',
    { config: { access: 'vol.manage' }, schema: { tags, body: hoursEntrySchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => enterHours(ctx, req.body))),
  );
  // a write: the queue first closes check-ins open longer than 24 h
  app.get(
    '/vol/hours',
    { config: { access: 'vol.read' }, schema: { tags, querystring: queueQuery } },
    async (req) => inTransaction(req, (ctx) => hoursQueue(ctx, req.query.states)),
  );
  app.post(
    '/vol/hours/moves',
    { config: { access: 'vol.manage' }, schema: { tags, body: hoursMoveSchema } },
    async (req) => inTransaction(req, (ctx) => moveHours(ctx, req.body.ids, req.body.move, req.body.reason)),
  );
}
