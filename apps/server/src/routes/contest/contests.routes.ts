// Contests for the office: create, list, one contest's participation by district, live leaderboards and flags;
// a flag decided with a note.
import {
  boardQuerySchema,
  contestDetail,
  contestSchema,
  createContest,
  decideFlag,
  flagDecisionSchema,
  listContests,
} from '@kepu/domain/contest';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ContestRounds } from '../../contest/round.ts';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['contest'];

export function contestRoutes(rounds: ContestRounds) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get('/contest/contests', { config: { access: 'contest.read' }, schema: { tags } }, async (req) =>
      listContests(readContext(req)),
    );
    app.post(
      '/contest/contests',
      { config: { access: 'contest.manage' }, schema: { tags, body: contestSchema } },
      async (req, reply) =>
        reply.code(201).send(await inTransaction(req, (ctx) => createContest(ctx, req.body))),
    );
    app.get(
      '/contest/contests/:id',
      { config: { access: 'contest.read' }, schema: { tags, params: idParams } },
      async (req) => contestDetail(readContext(req), req.params.id),
    );
    app.get(
      '/contest/contests/:id/board',
      {
        config: { access: 'contest.read' },
        schema: { tags, params: idParams, querystring: boardQuerySchema },
      },
      async (req) => {
        await contestDetail(readContext(req), req.params.id);
        return rounds.leaderboard(req.params.id, req.query.by, 50);
      },
    );
    app.post(
      '/contest/flags/:id/decide',
      { config: { access: 'contest.manage' }, schema: { tags, params: idParams, body: flagDecisionSchema } },
      async (req) =>
        inTransaction(req, (ctx) => decideFlag(ctx, req.params.id, req.body.decision, req.body.note)),
    );
  };
}
