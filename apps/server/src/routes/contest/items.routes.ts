// The item bank: the office writes, edits and reviews items; reports of errors from players are listed per item and
// resolved.
import {
  createItem,
  itemQuerySchema,
  itemReports,
  itemReviewSchema,
  itemSchema,
  listItems,
  resolveItemReport,
  reviewItem,
  updateItem,
} from '@kepu/domain/contest';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParam, idParams } from '../params.ts';

const tags = ['contest'];

export async function itemRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/contest/items',
    { config: { access: 'contest.read' }, schema: { tags, querystring: itemQuerySchema } },
    async (req) => listItems(readContext(req), req.query),
  );
  app.post(
    '/contest/items',
    { config: { access: 'contest.manage' }, schema: { tags, body: itemSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => createItem(ctx, req.body))),
  );
  app.post(
    '/contest/items/:id/review',
    { config: { access: 'contest.manage' }, schema: { tags, params: idParams, body: itemReviewSchema } },
    async (req) => inTransaction(req, (ctx) => reviewItem(ctx, req.params.id, req.body.review)),
  );
  app.get(
    '/contest/items/:id/reports',
    { config: { access: 'contest.read' }, schema: { tags, params: idParams } },
    async (req) => itemReports(readContext(req), req.params.id),
  );
  app.put(
    '/contest/items/:id',
    { config: { access: 'contest.manage' }, schema: { tags, params: idParams, body: itemSchema } },
    async (req) => inTransaction(req, (ctx) => updateItem(ctx, req.params.id, req.body)),
  );
  app.post(
    '/contest/items/:id/reports/:reportId/resolve',
    {
      config: { access: 'contest.manage' },
      schema: { tags, params: z.object({ id: idParam, reportId: idParam }) },
    },
    async (req) => inTransaction(req, (ctx) => resolveItemReport(ctx, req.params.id, req.params.reportId)),
  );
}
