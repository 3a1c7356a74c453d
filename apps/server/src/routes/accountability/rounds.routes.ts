// Reporting rounds: list, open (office), extend the window for one unit (office), remind every unit that owes (office).
import {
  createRound,
  extendRound,
  extensionInputSchema,
  remindRound,
  roundDetailView,
  roundInputSchema,
  roundsView,
} from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accRead, accTransaction } from '../../accountability/acc-context.ts';
import { idParams } from '../params.ts';

const tags = ['accountability'];

export async function roundRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };
  const office = { config: { access: 'acc.manage' as const } };

  app.get('/acc/rounds', { ...signedIn, schema: { tags } }, (req) => accRead(req, roundsView));

  app.get('/acc/rounds/:id', { ...signedIn, schema: { tags, params: idParams } }, (req) =>
    accRead(req, (ctx) => roundDetailView(ctx, req.params.id)),
  );

  app.post('/acc/rounds', { ...office, schema: { tags, body: roundInputSchema } }, async (req, reply) => {
    const round = await accTransaction(req, (ctx) => createRound(ctx, req.body));
    return reply.status(201).send(round);
  });

  app.post(
    '/acc/rounds/:id/extensions',
    { ...office, schema: { tags, params: idParams, body: extensionInputSchema } },
    (req) => accTransaction(req, (ctx) => extendRound(ctx, req.params.id, req.body)),
  );

  app.post('/acc/rounds/:id/remind', { ...office, schema: { tags, params: idParams } }, (req) =>
    accTransaction(req, (ctx) => remindRound(ctx, req.params.id)),
  );
}
