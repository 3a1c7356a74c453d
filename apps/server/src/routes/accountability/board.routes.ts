// Read views: the supervision board, roll-up with its weights, unit scorecards, the year summary, a liaison's home.
import {
  boardView,
  type CellState,
  cellStates,
  listWeights,
  myWorkView,
  rollUpView,
  scorecardsView,
  setWeights,
  summaryView,
  weightsSchema,
} from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accRead, accTransaction } from '../../accountability/acc-context.ts';
import { idParam, yearParams } from '../params.ts';

const tags = ['accountability'];
export const boardQuery = z.object({
  round: idParam,
  group: idParam.optional(),
  unit: idParam.optional(),
  area: z
    .string()
    .regex(/^[0-9A-Z]{6,12}$/)
    .optional(),
  state: z.enum(cellStates as unknown as [CellState, ...CellState[]]).optional(),
});

export async function boardRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // pure reads of the rounds' state: kept until the next write (read-cache.ts)
  const signedIn = { config: { access: 'signed-in' as const, cache: true } };
  // office, viewers and district admins (limited to their area's units by the views)
  const boardReaders = { config: { access: 'acc.board.read' as const, cache: true } };

  app.get('/acc/board', { ...boardReaders, schema: { tags, querystring: boardQuery } }, (req) => {
    const { round, ...filter } = req.query;
    return accRead(req, (ctx) => boardView(ctx, round, filter));
  });

  app.get(
    '/acc/rollup',
    { ...signedIn, schema: { tags, querystring: z.object({ round: idParam }) } },
    (req) => accRead(req, (ctx) => rollUpView(ctx, req.query.round)),
  );

  app.get('/acc/weights', { config: { access: 'signed-in' }, schema: { tags } }, (req) => accRead(req, listWeights));
  app.put(
    '/acc/weights',
    { config: { access: 'acc.manage' }, schema: { tags, body: weightsSchema } },
    (req) => accTransaction(req, (ctx) => setWeights(ctx, req.body)),
  );

  app.get('/acc/scorecards', { ...boardReaders, schema: { tags, querystring: yearParams } }, (req) =>
    accRead(req, (ctx) => scorecardsView(ctx, req.query.year)),
  );

  app.get('/acc/summary', { ...boardReaders, schema: { tags, querystring: yearParams } }, (req) =>
    accRead(req, (ctx) => summaryView(ctx, req.query.year)),
  );

  // the home stores the calendar notifications due by today, so it runs in a transaction
  app.get('/acc/my', { config: { access: 'acc.my' }, schema: { tags } }, (req) =>
    accTransaction(req, myWorkView),
  );
}
