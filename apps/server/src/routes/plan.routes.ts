// The plan: versions, outline, tasks, the responsibility matrix (JSON and Excel), export and import.

import {
  getTask,
  importPlan,
  listPlanVersions,
  listTasks,
  planDetail,
  resolvePlan,
  responsibilityMatrix,
  toOutline,
} from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../context.ts';
import { matrixWorkbook } from '../presenters/matrix.xlsx.ts';
import { attachment } from './attachment.ts';
import { idParam, planParam } from './params.ts';
import { loadPlan } from './plan-loader.ts';

const params = z.object({ planId: planParam });

export async function planRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { config: { access: 'public' as const } };
  // the plan changes only by import: its JSON views are kept until the next write (read-cache.ts)
  const cached = { config: { access: 'public' as const, cache: true } };

  app.get('/plans', { ...read, schema: { tags: ['plan'] } }, async (req) =>
    listPlanVersions(readContext(req)),
  );

  app.get('/plans/:planId', { ...cached, schema: { tags: ['plan'], params } }, async (req) =>
    planDetail(await loadPlan(req, req.params.planId)),
  );

  const taskQuery = z.object({
    unit: idParam.optional(),
    group: idParam.optional(),
    q: z.string().max(100).optional(),
  });
  app.get(
    '/plans/:planId/tasks',
    { ...cached, schema: { tags: ['plan'], params, querystring: taskQuery } },
    async (req) => listTasks(await loadPlan(req, req.params.planId), req.query),
  );

  app.get(
    '/plans/:planId/tasks/:number',
    { ...cached, schema: { tags: ['plan'], params: params.extend({ number: idParam }) } },
    async (req) => getTask(await loadPlan(req, req.params.planId), req.params.number),
  );

  const matrixQuery = z.object({ group: idParam.optional(), unit: idParam.optional() });
  app.get(
    '/plans/:planId/matrix',
    { ...cached, schema: { tags: ['plan'], params, querystring: matrixQuery } },
    async (req) => responsibilityMatrix(await loadPlan(req, req.params.planId), req.query),
  );

  app.get(
    '/plans/:planId/matrix.xlsx',
    { ...read, schema: { tags: ['plan'], params, querystring: matrixQuery } },
    async (req, reply) => {
      const b = await loadPlan(req, req.params.planId);
      const buffer = await matrixWorkbook(b, responsibilityMatrix(b, req.query));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`责任矩阵-${b.plan.title}.xlsx`))
        .send(buffer);
    },
  );

  app.get('/plans/:planId/export', { ...read, schema: { tags: ['plan'], params } }, async (req) =>
    toOutline(await loadPlan(req, req.params.planId)),
  );

  // The body is validated by the use-case, so errors name the place in the outline (tasks[3].title …).
  app.post(
    '/plans/import',
    { config: { access: 'plan.import' }, schema: { tags: ['plan'], body: z.unknown() } },
    async (req, reply) => {
      const planId = await inTransaction(req, (ctx) => importPlan(ctx, req.body));
      // the outline may be of a jurisdiction below the one the request works in (a province office's city)
      const b = await resolvePlan(readContext(req), planId, req.jurisdiction);
      return reply.status(201).send({ plan: b.plan });
    },
  );
}
