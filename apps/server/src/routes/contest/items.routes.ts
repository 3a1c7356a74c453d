// The item bank: the office writes and reviews items; reports of errors from players are listed per item.
import {
  createItem,
  itemReports,
  itemReviewSchema,
  itemReviews,
  itemSchema,
  listItems,
  reviewItem,
} from '@kepu/domain/contest';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['contest'];
const itemQuery = z.strictObject({
  review: z.enum(itemReviews).optional(),
  topic: z.string().max(40).optional(),
});

export async function itemRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/contest/items',
    { config: { access: 'contest.read' }, schema: { tags, querystring: itemQuery } },
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
}
