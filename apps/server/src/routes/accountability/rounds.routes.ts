// Reporting rounds: list, open (office), extend the window for one unit (office), remind every unit that owes (office).
import {
  createRound,
  DomainError,
  extendRound,
  extensionInputSchema,
  remindOutstanding,
  roundInputSchema,
  roundKind,
} from '@kepu/domain';
import { listExtensions, listRounds, loadAccSnapshot } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentPlan, idParams, withAcc } from '../../accountability/acc-request.ts';
import { today } from '../../accountability/clock.ts';

const tags = ['accountability'];

export async function roundRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get('/acc/rounds', { ...signedIn, schema: { tags } }, async (req) => {
    const plan = await currentPlan(req);
    const t = today();
    return (await listRounds(app.kepu.db, plan.plan.id)).map((r) => ({
      ...r,
      kind: roundKind(r.period),
      phase: t < r.opensOn ? 'upcoming' : t <= r.closesOn ? 'open' : 'closed',
    }));
  });

  app.get('/acc/rounds/:id', { ...signedIn, schema: { tags, params: idParams } }, async (req) => {
    const plan = await currentPlan(req);
    const round = (await listRounds(app.kepu.db, plan.plan.id)).find((r) => r.id === req.params.id);
    if (!round)
      throw new DomainError('acc.round.not_found', `round ${req.params.id} not found`, { id: req.params.id });
    const extensions = (await listExtensions(app.kepu.db, round.id)).map((e) => ({
      ...e,
      unitName: plan.units.get(e.unitId)?.name ?? '',
    }));
    return { ...round, kind: roundKind(round.period), extensions };
  });

  app.post('/acc/rounds', { ...signedIn, schema: { tags, body: roundInputSchema } }, async (req, reply) => {
    const plan = await currentPlan(req);
    const round = await withAcc(req, plan, (ctx) => createRound(ctx, req.body));
    return reply.status(201).send(round);
  });

  app.post(
    '/acc/rounds/:id/extensions',
    { ...signedIn, schema: { tags, params: idParams, body: extensionInputSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => extendRound(ctx, req.params.id, req.body));
    },
  );

  app.post('/acc/rounds/:id/remind', { ...signedIn, schema: { tags, params: idParams } }, async (req) => {
    const plan = await currentPlan(req);
    return withAcc(req, plan, async (ctx, trx) => {
      const { units } = await remindOutstanding(ctx, await loadAccSnapshot(trx, plan.plan.id), req.params.id);
      return {
        reminded: units.length,
        units: units.map((id) => ({ id, name: plan.units.get(id)?.name ?? '' })),
      };
    });
  });
}
