// The player's side (no account): open contests, a paper started and submitted by the server's clock, the live
// leaderboard, and reporting an error in an item. The attempt token in the path is the only key.
import {
  boardQuerySchema,
  itemReportSchema,
  publicContests,
  reportItem,
  startSchema,
  submitSchema,
} from '@kepu/domain/contest';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ContestRounds } from '../../contest/round.ts';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['contest'];
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16}$/) });
/** A school's or a village's players behind one address at a round's start. */
const rateLimit = { max: 12_000, timeWindow: '1 minute' };

export function playRoutes(rounds: ContestRounds) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get('/pub/contests', { config: { access: 'public', rateLimit }, schema: { tags } }, async (req) =>
      (await publicContests(readContext(req))).map(({ contest: c, areas }) => ({
        id: c.id,
        title: c.title,
        mode: c.mode,
        opensAt: c.opensAt,
        closesAt: c.closesAt,
        timeLimit: c.timeLimit,
        attemptCap: c.attemptCap,
        targetGroups: c.targetGroups,
        items: c.rules.reduce((n, r) => n + r.count, 0),
        speedBonus: c.scoring.speedBonus ?? null,
        teamMode: c.teamMode,
        areas,
        demo: c.demo,
      })),
    );
    app.post(
      '/pub/contests/:id/attempts',
      { config: { access: 'public', rateLimit }, schema: { tags, params: idParams, body: startSchema } },
      async (req, reply) => reply.code(201).send(await rounds.start(req.params.id, req.body)),
    );
    app.post(
      '/pub/attempts/:token/submit',
      { config: { access: 'public', rateLimit }, schema: { tags, params: tokenParams, body: submitSchema } },
      async (req) => rounds.submit(req.params.token, req.body),
    );
    app.get(
      '/pub/contests/:id/board',
      {
        config: { access: 'public', rateLimit },
        schema: { tags, params: idParams, querystring: boardQuerySchema },
      },
      async (req) => rounds.leaderboard(req.params.id, req.query.by),
    );
    app.post(
      '/pub/items/:id/report',
      { config: { access: 'public', rateLimit }, schema: { tags, params: idParams, body: itemReportSchema } },
      async (req, reply) => {
        await inTransaction(req, (ctx) => reportItem(ctx, req.params.id, req.body.note));
        return reply.code(204).send();
      },
    );
  };
}
