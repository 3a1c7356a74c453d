// The no-account content routes: the published works and the emergencies under way (what the portal shows, as JSON),
// a work (each read counted for the day, nobody tracked), and the expert's review by its key.

import { notFound } from '@kepu/domain';
import {
  countRead,
  filterWorks,
  giveVerdict,
  publicContent,
  publicWork,
  reviewPage,
  verdictSchema,
  workKinds,
} from '@kepu/domain/content';
import { targetGroups } from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams, tokenParams } from '../params.ts';

const tags = ['content'];
const config = { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } } as const;
const query = z.object({
  topic: z
    .string()
    .regex(/^[a-z_]{2,30}$/)
    .optional(),
  group: z.enum(targetGroups).optional(),
  kind: z.enum(workKinds).optional(),
});

export async function publicContentRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/pub/content', { config, schema: { tags, querystring: query } }, async (req) => {
    const c = await publicContent(readContext(req));
    return { works: filterWorks(c.works, req.query), emergencies: c.emergencies };
  });
  app.get('/pub/content/:id', { config, schema: { tags, params: idParams } }, async (req) => {
    const ctx = readContext(req);
    const w = await publicWork(ctx, req.params.id);
    if (!w) throw notFound('cnt.work', req.params.id);
    await countRead(ctx, w.id);
    return w;
  });
  app.get('/pub/reviews/:token', { config, schema: { tags, params: tokenParams } }, async (req) =>
    reviewPage(readContext(req), req.params.token),
  );
  app.post(
    '/pub/reviews/:token',
    { config, schema: { tags, params: tokenParams, body: verdictSchema } },
    async (req) => inTransaction(req, (ctx) => giveVerdict(ctx, req.params.token, req.body)),
  );
}
