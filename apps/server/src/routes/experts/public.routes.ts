// The experts' public side (no account): the list of experts who consented to display (names masked), and the
// expert's own page by the key given at creation (requests to answer, service record, own-data export, deletion
// request). Names are masked in every answer here except the expert's own export. Rate-limited.
import {
  answerRequest,
  answerSchema,
  EXPERT_TOPICS,
  exportOwnData,
  ownPage,
  presentOwnPage,
  presentPublicExpert,
  publicExperts,
  requestDeletion,
  requestKinds,
} from '@kepu/domain/experts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { attachment } from '../attachment.ts';
import { idParam } from '../params.ts';

const tags = ['experts'];
const key = z.string().regex(/^[A-Z2-7]{16}$/);
const keyParams = z.object({ key });
const requestParams = z.object({ key, kind: z.enum(requestKinds), id: idParam });
const config = { access: 'public', rateLimit: { max: 600, timeWindow: '1 minute' } } as const;

const ownView = async (req: FastifyRequest, k: string) => presentOwnPage(await ownPage(readContext(req), k));

export async function publicExpertRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/pub/experts', { config, schema: { tags } }, async (req) => {
    const { experts, pools } = await publicExperts(readContext(req));
    return { topics: EXPERT_TOPICS, experts: experts.map((e) => presentPublicExpert(e, pools)) };
  });
  app.get('/pub/exp/me/:key', { config, schema: { tags, params: keyParams } }, async (req) => ({
    topics: EXPERT_TOPICS,
    ...(await ownView(req, req.params.key)),
  }));
  app.post(
    '/pub/exp/me/:key/requests/:kind/:id',
    { config, schema: { tags, params: requestParams, body: answerSchema } },
    async (req) => {
      const { key: k, kind, id } = req.params;
      await inTransaction(req, (ctx) => answerRequest(ctx, k, kind, id, req.body.answer, req.body.reason));
      return { topics: EXPERT_TOPICS, ...(await ownView(req, k)) };
    },
  );
  app.get('/pub/exp/me/:key/export', { config, schema: { tags, params: keyParams } }, async (req, reply) => {
    const data = await inTransaction(req, (ctx) => exportOwnData(ctx, req.params.key));
    return reply.header('content-disposition', attachment('我的专家数据.json')).send(data);
  });
  app.post('/pub/exp/me/:key/deletion', { config, schema: { tags, params: keyParams } }, async (req) =>
    inTransaction(req, (ctx) => requestDeletion(ctx, req.params.key)),
  );
}
