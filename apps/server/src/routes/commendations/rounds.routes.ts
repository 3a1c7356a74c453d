// Staff: commendation rounds (the office creates one a year and edits its thresholds while nominations are open),
// candidates with their figures, nominations in the nominator's scope, the office's review, decision and publication.
import {
  candidates,
  createRound,
  findRound,
  listRounds,
  moveRound,
  nominate,
  nominationSchema,
  resubmitNomination,
  resubmitSchema,
  reviewNomination,
  reviewSchema,
  roundDetail,
  roundMoveSchema,
  roundSchema,
  setThresholds,
  thresholdsBodySchema,
} from '@kepu/domain/commendations';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['commendations'];

export async function roundRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/cmd/rounds', { config: { access: 'cmd.read' }, schema: { tags } }, async (req) =>
    listRounds(readContext(req)),
  );
  app.post(
    '/cmd/rounds',
    { config: { access: 'cmd.manage' }, schema: { tags, body: roundSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => createRound(ctx, req.body))),
  );
  app.get(
    '/cmd/rounds/:id',
    { config: { access: 'cmd.read' }, schema: { tags, params: idParams } },
    async (req) => roundDetail(readContext(req), req.params.id),
  );
  app.put(
    '/cmd/rounds/:id/thresholds',
    { config: { access: 'cmd.manage' }, schema: { tags, params: idParams, body: thresholdsBodySchema } },
    async (req) => inTransaction(req, (ctx) => setThresholds(ctx, req.params.id, req.body.thresholds)),
  );
  app.post(
    '/cmd/rounds/:id/moves',
    { config: { access: 'cmd.manage' }, schema: { tags, params: idParams, body: roundMoveSchema } },
    async (req) => inTransaction(req, (ctx) => moveRound(ctx, req.params.id, req.body)),
  );
  app.get(
    '/cmd/rounds/:id/candidates',
    { config: { access: 'cmd.read' }, schema: { tags, params: idParams } },
    async (req) => {
      const ctx = readContext(req);
      return candidates(ctx, await findRound(ctx, req.params.id));
    },
  );
  app.post(
    '/cmd/rounds/:id/nominations',
    { config: { access: 'cmd.nominate' }, schema: { tags, params: idParams, body: nominationSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => nominate(ctx, req.params.id, req.body))),
  );
  app.post(
    '/cmd/nominations/:id/review',
    { config: { access: 'cmd.manage' }, schema: { tags, params: idParams, body: reviewSchema } },
    async (req) => inTransaction(req, (ctx) => reviewNomination(ctx, req.params.id, req.body)),
  );
  app.post(
    '/cmd/nominations/:id/resubmit',
    { config: { access: 'cmd.nominate' }, schema: { tags, params: idParams, body: resubmitSchema } },
    async (req) => inTransaction(req, (ctx) => resubmitNomination(ctx, req.params.id, req.body)),
  );
}
