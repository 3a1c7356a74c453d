// Review: the experts a work may go to, sending it to one (the answer carries the expert's review address, given
// once), recalling a review not yet answered.
import {
  assignReviewer,
  assignSchema,
  reasonSchema,
  recallReview,
  reviewerChoices,
} from '@kepu/domain/content';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['content'];

export async function reviewRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/cnt/works/:id/reviewers',
    { config: { access: 'cnt.review' }, schema: { tags, params: idParams } },
    async (req) => reviewerChoices(readContext(req), req.params.id),
  );
  app.post(
    '/cnt/works/:id/reviews',
    { config: { access: 'cnt.review' }, schema: { tags, params: idParams, body: assignSchema } },
    async (req, reply) => {
      const r = await inTransaction(req, (ctx) => assignReviewer(ctx, req.params.id, req.body.expertId));
      return reply.code(201).send({ id: r.id, expertName: r.expertName, link: `/e/r/${r.token}` });
    },
  );
  app.post(
    '/cnt/works/:id/recall',
    { config: { access: 'cnt.review' }, schema: { tags, params: idParams, body: reasonSchema } },
    async (req) => inTransaction(req, (ctx) => recallReview(ctx, req.params.id, req.body.reason)),
  );
}
