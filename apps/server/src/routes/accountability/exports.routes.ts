// Excel exports of the board, the scorecards and the year summary (same access and filters as the JSON views).
import { boardView, scorecardsView, summaryView } from '@kepu/domain/accountability';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accRead } from '../../accountability/acc-context.ts';
import { boardWorkbook, scorecardsWorkbook, summaryWorkbook } from '../../accountability/exports.xlsx.ts';
import { attachment } from '../attachment.ts';
import { yearParams } from '../params.ts';
import { boardQuery } from './board.routes.ts';

const tags = ['accountability'];
const xlsx = (reply: FastifyReply, name: string, buffer: Buffer) =>
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', attachment(name))
    .header('x-content-type-options', 'nosniff')
    .send(buffer);

export async function exportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const boardReaders = { config: { access: 'acc.board.read' as const } };

  app.get(
    '/acc/board.xlsx',
    { ...boardReaders, schema: { tags, querystring: boardQuery } },
    async (req, reply) => {
      const { round, ...filter } = req.query;
      const { plan, board } = await accRead(req, async (ctx) => ({
        plan: ctx.plan,
        board: await boardView(ctx, round, filter),
      }));
      return xlsx(reply, `督查看板-${board.round.title}.xlsx`, await boardWorkbook(plan, board));
    },
  );

  app.get(
    '/acc/scorecards.xlsx',
    { ...boardReaders, schema: { tags, querystring: yearParams } },
    async (req, reply) => {
      const { year } = req.query;
      const rows = await accRead(req, (ctx) => scorecardsView(ctx, year));
      return xlsx(reply, `单位记分卡-${year}年.xlsx`, await scorecardsWorkbook(year, rows));
    },
  );

  app.get(
    '/acc/summary.xlsx',
    { ...boardReaders, schema: { tags, querystring: yearParams } },
    async (req, reply) => {
      const { year } = req.query;
      const summary = await accRead(req, (ctx) => summaryView(ctx, year));
      return xlsx(reply, `年度实施情况汇总-${year}年.xlsx`, await summaryWorkbook(summary));
    },
  );
}
