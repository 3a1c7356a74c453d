// Yearly work items of tasks: list by year, create and edit (office or the task's lead unit), copy forward.
import {
  copyForwardSchema,
  copyWorkItemsForward,
  createWorkItem,
  updateWorkItem,
  workItemInputSchema,
  workItemPatchSchema,
} from '@kepu/domain';
import { accStore } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPlan, idParams, withAcc } from '../../accountability/acc-request.ts';

const tags = ['accountability'];

export async function workItemRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get(
    '/acc/work-items',
    {
      ...signedIn,
      schema: {
        tags,
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          task: z.coerce.number().int().positive().optional(),
        }),
      },
    },
    async (req) => {
      const plan = await currentPlan(req);
      const items = await accStore(app.kepu.db).listWorkItems(plan.plan.id, req.query.year);
      return items
        .filter((w) => req.query.task === undefined || w.taskNumber === req.query.task)
        .map((w) => ({
          ...w,
          owners: w.ownerUnitIds.map((id) => ({ id, name: plan.units.get(id)?.name ?? '' })),
        }));
    },
  );

  app.post(
    '/acc/work-items',
    { ...signedIn, schema: { tags, body: workItemInputSchema } },
    async (req, reply) => {
      const plan = await currentPlan(req);
      return reply.status(201).send(await withAcc(req, plan, (ctx) => createWorkItem(ctx, req.body)));
    },
  );

  app.patch(
    '/acc/work-items/:id',
    { ...signedIn, schema: { tags, params: idParams, body: workItemPatchSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      return withAcc(req, plan, (ctx) => updateWorkItem(ctx, req.params.id, req.body));
    },
  );

  app.post(
    '/acc/work-items/copy',
    { ...signedIn, schema: { tags, body: copyForwardSchema } },
    async (req) => {
      const plan = await currentPlan(req);
      const r = await withAcc(req, plan, (ctx) =>
        copyWorkItemsForward(ctx, req.body.fromYear, req.body.toYear),
      );
      return { created: r.created.length, skipped: r.skipped, items: r.created };
    },
  );
}
