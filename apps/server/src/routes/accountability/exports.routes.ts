// Excel exports of the board, the scorecards and the year summary (same access and filters as the JSON views).

import { loadAccSnapshot } from '@kepu/db';
import { unitScorecards } from '@kepu/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPlan, requireBoardReader, unitVisibility } from '../../accountability/acc-request.ts';
import { boardWithFigures } from '../../accountability/board-figures.ts';
import { today } from '../../accountability/clock.ts';
import { boardWorkbook, scorecardsWorkbook, summaryWorkbook } from '../../accountability/exports.xlsx.ts';
import { yearSummary } from '../../accountability/summary.ts';
import { boardQuery } from './board.routes.ts';

const tags = ['accountability'];
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const xlsx = (reply: FastifyReply, name: string, buffer: Buffer) =>
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('x-content-type-options', 'nosniff')
    .send(buffer);

export async function exportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get(
    '/acc/board.xlsx',
    { ...signedIn, schema: { tags, querystring: boardQuery } },
    async (req, reply) => {
      requireBoardReader(req);
      const plan = await currentPlan(req);
      const s = await loadAccSnapshot(app.kepu.db, plan.plan.id);
      const { round, ...filter } = req.query;
      const board = boardWithFigures(plan, s, round, filter, unitVisibility(req, s));
      return xlsx(reply, `board-round-${board.round.id}.xlsx`, await boardWorkbook(plan, board));
    },
  );

  app.get(
    '/acc/scorecards.xlsx',
    { ...signedIn, schema: { tags, querystring: yearQuery } },
    async (req, reply) => {
      requireBoardReader(req);
      const plan = await currentPlan(req);
      const s = await loadAccSnapshot(app.kepu.db, plan.plan.id, req.query.year);
      return xlsx(
        reply,
        `scorecards-${req.query.year}.xlsx`,
        await scorecardsWorkbook(
          req.query.year,
          unitScorecards(plan, s, req.query.year, today(), unitVisibility(req, s)),
        ),
      );
    },
  );

  app.get(
    '/acc/summary.xlsx',
    { ...signedIn, schema: { tags, querystring: yearQuery } },
    async (req, reply) => {
      requireBoardReader(req);
      const plan = await currentPlan(req);
      const s = await loadAccSnapshot(app.kepu.db, plan.plan.id, req.query.year);
      return xlsx(
        reply,
        `summary-${req.query.year}.xlsx`,
        await summaryWorkbook(yearSummary(plan, s, req.query.year, unitVisibility(req, s))),
      );
    },
  );
}
