// Yearly work items of tasks: list by year, create and edit (office or the task's lead unit), copy forward.
import {
  copyForwardSchema,
  copyForwardView,
  createWorkItem,
  updateWorkItem,
  workItemInputSchema,
  workItemPatchSchema,
  workItemsView,
} from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accRead, accTransaction } from '../../accountability/acc-context.ts';
import { idParams, yearParam } from '../params.ts';

const tags = ['accountability'];

export async function workItemRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };
  // the office, or a liaison whose unit leads the task (the use-case checks which task)
  const editors = { config: { access: 'acc.work_items.edit' as const } };

  app.get(
    '/acc/work-items',
    {
      ...signedIn,
      schema: {
        tags,
        querystring: z.object({ year: yearParam, task: z.coerce.number().int().positive().optional() }),
      },
    },
    (req) => accRead(req, (ctx) => workItemsView(ctx, req.query.year, req.query.task)),
  );

  app.post(
    '/acc/work-items',
    { ...editors, schema: { tags, body: workItemInputSchema } },
    async (req, reply) =>
      reply.status(201).send(await accTransaction(req, (ctx) => createWorkItem(ctx, req.body))),
  );

  app.patch(
    '/acc/work-items/:id',
    { ...editors, schema: { tags, params: idParams, body: workItemPatchSchema } },
    (req) => accTransaction(req, (ctx) => updateWorkItem(ctx, req.params.id, req.body)),
  );

  app.post('/acc/work-items/copy', { ...editors, schema: { tags, body: copyForwardSchema } }, (req) =>
    accTransaction(req, (ctx) => copyForwardView(ctx, req.body.fromYear, req.body.toYear)),
  );
}
