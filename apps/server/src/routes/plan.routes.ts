// The plan: versions, outline, tasks, the responsibility matrix (JSON and Excel), export and import.

import { listPlans } from '@kepu/db';
import {
  getTask,
  groupView,
  importPlan,
  listTasks,
  responsibilityMatrix,
  targetTrajectory,
  toOutline,
} from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../context.ts';
import { matrixWorkbook } from '../presenters/matrix.xlsx.ts';
import { idParam, loadPlan, planParam } from './plan-loader.ts';

const params = z.object({ planId: planParam });
const id = idParam;

export async function planRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const read = { config: { access: 'public' as const } };

  app.get('/plans', { ...read, schema: { tags: ['plan'] } }, async () =>
    (await listPlans(app.kepu.db)).map((p) => ({
      id: p.id,
      title: p.title,
      jurisdictionCode: p.jurisdiction_code,
      jurisdictionName: p.jurisdiction_name,
      version: p.version,
      importedAt: new Date(p.imported_at).toISOString(),
      current: p.is_current,
    })),
  );

  app.get('/plans/:planId', { ...read, schema: { tags: ['plan'], params } }, async (req) => {
    const b = await loadPlan(req, req.params.planId);
    return {
      plan: b.plan,
      sections: b.sections,
      groups: b.groups.map((g) => groupView(b, g)),
      targets: b.targets,
      trajectory: targetTrajectory(b.targets.filter((t) => t.indicator === 'literacy_share')),
    };
  });

  const taskQuery = z.object({
    unit: id.optional(),
    group: id.optional(),
    q: z.string().max(100).optional(),
  });
  app.get(
    '/plans/:planId/tasks',
    { ...read, schema: { tags: ['plan'], params, querystring: taskQuery } },
    async (req) => listTasks(await loadPlan(req, req.params.planId), req.query),
  );

  app.get(
    '/plans/:planId/tasks/:number',
    { ...read, schema: { tags: ['plan'], params: params.extend({ number: id }) } },
    async (req) => getTask(await loadPlan(req, req.params.planId), req.params.number),
  );

  const matrixQuery = z.object({ group: id.optional(), unit: id.optional() });
  app.get(
    '/plans/:planId/matrix',
    { ...read, schema: { tags: ['plan'], params, querystring: matrixQuery } },
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
        .header('content-disposition', `attachment; filename="responsibility-matrix-plan-${b.plan.id}.xlsx"`)
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
      const b = await loadPlan(req, planId);
      return reply.status(201).send({ plan: b.plan });
    },
  );
}
