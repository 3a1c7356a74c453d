// Inspections and rectification items: record (office), list, owner responds, office closes or reopens.
import {
  closeRectification,
  daysBetween,
  inspectionInputSchema,
  recordInspection,
  rectificationCloseSchema,
  rectificationReopenSchema,
  rectificationResponseSchema,
  reopenRectification,
  respondRectification,
} from '@kepu/domain';
import { listInspections } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentPlan, idParams, withAcc } from '../../accountability/acc-request.ts';
import { today } from '../../accountability/clock.ts';

const tags = ['accountability'];

export async function inspectionRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  // Liaisons see their own unit's items; office, viewers and district admins see all inspections.
  app.get('/acc/inspections', { ...signedIn, schema: { tags } }, async (req) => {
    const plan = await currentPlan(req);
    const t = today();
    const a = req.actor;
    const name = (id: number) => plan.units.get(id)?.name ?? '';
    return (await listInspections(app.kepu.db, plan.plan.id))
      .map((i) => ({
        ...i,
        units: i.unitIds.map((id) => ({ id, name: name(id) })),
        rectifications: i.rectifications
          .filter((r) => a?.role !== 'liaison' || r.ownerUnitId === a.unitId)
          .map((r) => ({
            ...r,
            ownerName: name(r.ownerUnitId),
            overdue: r.state === 'open' && t > r.deadline,
            daysLeft: daysBetween(t, r.deadline),
          })),
      }))
      .filter((i) => a?.role !== 'liaison' || i.rectifications.length > 0);
  });

  app.post(
    '/acc/inspections',
    { ...signedIn, schema: { tags, body: inspectionInputSchema } },
    async (req, reply) => {
      const plan = await currentPlan(req);
      return reply.status(201).send(await withAcc(req, plan, (ctx) => recordInspection(ctx, req.body)));
    },
  );

  app.post(
    '/acc/rectifications/:id/respond',
    { ...signedIn, schema: { tags, params: idParams, body: rectificationResponseSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => respondRectification(ctx, req.params.id, req.body.response));
    },
  );
  app.post(
    '/acc/rectifications/:id/close',
    { ...signedIn, schema: { tags, params: idParams, body: rectificationCloseSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => closeRectification(ctx, req.params.id, req.body.note));
    },
  );
  app.post(
    '/acc/rectifications/:id/reopen',
    { ...signedIn, schema: { tags, params: idParams, body: rectificationReopenSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => reopenRectification(ctx, req.params.id, req.body.reason));
    },
  );
}
