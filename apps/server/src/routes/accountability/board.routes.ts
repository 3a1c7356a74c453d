// Read views: the supervision board, roll-up with its weights, unit scorecards, the year summary, a liaison's home.

import { accStore, loadAccSnapshot } from '@kepu/db';
import {
  authorize,
  type CellState,
  cellStates,
  DomainError,
  myWork,
  rollUp,
  setWeights,
  unitScorecards,
  weightsSchema,
} from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentPlan,
  idParam,
  requireBoardReader,
  syncCalendarNotifications,
  unitVisibility,
  withAcc,
} from '../../accountability/acc-request.ts';
import { boardWithFigures } from '../../accountability/board-figures.ts';
import { today } from '../../accountability/clock.ts';
import { yearSummary } from '../../accountability/summary.ts';

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
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export async function boardRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get('/acc/board', { ...signedIn, schema: { tags, querystring: boardQuery } }, async (req) => {
    requireBoardReader(req);
    const plan = await currentPlan(req);
    const s = await loadAccSnapshot(app.kepu.db, plan.plan.id);
    const { round, ...filter } = req.query;
    return boardWithFigures(plan, s, round, filter, unitVisibility(req, s));
  });

  app.get(
    '/acc/rollup',
    { ...signedIn, schema: { tags, querystring: z.object({ round: idParam }) } },
    async (req) => {
      const plan = await currentPlan(req);
      const roll = rollUp(plan, await loadAccSnapshot(app.kepu.db, plan.plan.id), req.query.round);
      if (!roll)
        throw new DomainError('acc.round.not_found', `round ${req.query.round} not found`, {
          id: req.query.round,
        });
      return roll;
    },
  );

  app.get('/acc/weights', { ...signedIn, schema: { tags } }, async (req) => {
    const plan = await currentPlan(req);
    return accStore(app.kepu.db).listWeights(plan.plan.id);
  });
  app.put('/acc/weights', { ...signedIn, schema: { tags, body: weightsSchema } }, async (req) => {
    const plan = await currentPlan(req);
    return withAcc(req, plan, (ctx) => setWeights(ctx, req.body));
  });

  app.get('/acc/scorecards', { ...signedIn, schema: { tags, querystring: yearQuery } }, async (req) => {
    requireBoardReader(req);
    const plan = await currentPlan(req);
    const s = await loadAccSnapshot(app.kepu.db, plan.plan.id, req.query.year);
    return unitScorecards(plan, s, req.query.year, today(), unitVisibility(req, s));
  });

  app.get('/acc/summary', { ...signedIn, schema: { tags, querystring: yearQuery } }, async (req) => {
    requireBoardReader(req);
    const plan = await currentPlan(req);
    const s = await loadAccSnapshot(app.kepu.db, plan.plan.id, req.query.year);
    return yearSummary(plan, s, req.query.year, unitVisibility(req, s));
  });

  app.get('/acc/my', { ...signedIn, schema: { tags } }, async (req) => {
    const actor = req.actor;
    if (!actor) throw new DomainError('auth.required', 'sign in first');
    if (actor.role !== 'liaison' && actor.role !== 'office') authorize(actor, 'acc.manage');
    const plan = await currentPlan(req);
    const s = await loadAccSnapshot(app.kepu.db, plan.plan.id);
    await syncCalendarNotifications(app.kepu.db, plan, s);
    return {
      ...myWork(plan, s, actor, today()),
      unitName: actor.unitId ? (plan.units.get(actor.unitId)?.name ?? '') : null,
    };
  });
}
