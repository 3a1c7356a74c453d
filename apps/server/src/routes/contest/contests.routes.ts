// Contests for the office: create, edit, list, one contest's participation by district (a table and the districts
// map), live leaderboards and flags; a flag decided with a note.
import {
  boardQuerySchema,
  contestDetail,
  contestSchema,
  createContest,
  decideFlag,
  flagDecisionSchema,
  listContests,
  updateContest,
} from '@kepu/domain/contest';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ContestRounds } from '../../contest/round.ts';
import { inTransaction, readContext } from '../../context.ts';
import { districtMap } from '../../publication/map-svg.ts';
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
    app.put(
      '/contest/contests/:id',
      { config: { access: 'contest.manage' }, schema: { tags, params: idParams, body: contestSchema } },
      async (req) => inTransaction(req, (ctx) => updateContest(ctx, req.params.id, req.body)),
    );
    app.get(
      '/contest/contests/:id/map.svg',
      { config: { access: 'contest.read' }, schema: { tags, params: idParams } },
      async (req, reply) => {
        const d = await contestDetail(readContext(req), req.params.id);
        // the districts shaded by their share of the most players, each labelled with its figure
        const most = Math.max(1, ...d.participation.map((p) => p.players));
        const values = new Map(
          d.participation.map((p) => [p.district, p.players ? (100 * p.players) / most : null]),
        );
        const svg = districtMap(
          d.contest.areaCode,
          values,
          (v) => (v === null ? '无人参赛' : `${Math.round((v * most) / 100)} 人`),
          `${d.contest.title}：各区县参赛人数`,
        );
        if (!svg) return reply.code(204).send();
        return reply
          .type('image/svg+xml; charset=utf-8')
          .header('cache-control', 'private, no-cache')
          .send(svg);
      },
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
