// Staff: pools and the topic vocabulary, the experts directory (filters: pool, topic, area; phones masked), create and
// edit, a new code, one expert's detail, the audited read of the phone, the emergency roster, the purge.
import {
  createExpert,
  createPool,
  EXPERT_TOPICS,
  emergencyRoster,
  expertDetail,
  expertPatchSchema,
  expertQuerySchema,
  expertSchema,
  listExperts,
  listPools,
  poolSchema,
  presentExpert,
  purgeExperts,
  purgeSchema,
  readExpertPersonal,
  renewExpertCode,
  updateExpert,
} from '@kepu/domain/experts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['experts'];
const rosterQuery = expertQuerySchema.pick({ topic: true, area: true });

export async function expertRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/exp/pools', { config: { access: 'exp.read' }, schema: { tags } }, async (req) => ({
    pools: await listPools(readContext(req)),
    topics: EXPERT_TOPICS,
  }));
  app.post(
    '/exp/pools',
    { config: { access: 'exp.pools' }, schema: { tags, body: poolSchema } },
    async (req, reply) => reply.code(201).send(await inTransaction(req, (ctx) => createPool(ctx, req.body))),
  );
  app.get(
    '/exp/experts',
    { config: { access: 'exp.read' }, schema: { tags, querystring: expertQuerySchema } },
    async (req) =>
      (await listExperts(readContext(req), req.query)).map((x) => presentExpert(x.expert, x.manage)),
  );
  app.post(
    '/exp/experts',
    { config: { access: 'exp.manage' }, schema: { tags, body: expertSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => createExpert(ctx, req.body))),
  );
  app.get(
    '/exp/experts/:id',
    { config: { access: 'exp.read' }, schema: { tags, params: idParams } },
    async (req) => {
      const d = await expertDetail(readContext(req), req.params.id);
      return { expert: presentExpert(d.expert, d.manage), invitations: d.invitations, services: d.services };
    },
  );
  app.patch(
    '/exp/experts/:id',
    { config: { access: 'exp.manage' }, schema: { tags, params: idParams, body: expertPatchSchema } },
    async (req) =>
      presentExpert(await inTransaction(req, (ctx) => updateExpert(ctx, req.params.id, req.body)), true),
  );
  app.post(
    '/exp/experts/:id/code',
    { config: { access: 'exp.manage' }, schema: { tags, params: idParams } },
    async (req) => inTransaction(req, (ctx) => renewExpertCode(ctx, req.params.id)),
  );
  // a POST: reading the phone writes an audit entry
  app.post(
    '/exp/experts/:id/personal',
    { config: { access: 'exp.manage' }, schema: { tags, params: idParams } },
    async (req) => inTransaction(req, (ctx) => readExpertPersonal(ctx, req.params.id)),
  );
  app.get(
    '/exp/roster',
    { config: { access: 'exp.read' }, schema: { tags, querystring: rosterQuery } },
    async (req) =>
      (await emergencyRoster(readContext(req), req.query)).map((r) => ({
        topic: r.topic,
        experts: r.experts.map((x) => presentExpert(x.expert, x.manage)),
      })),
  );
  app.post(
    '/exp/purge',
    { config: { access: 'exp.pools' }, schema: { tags, body: purgeSchema } },
    async (req) => inTransaction(req, (ctx) => purgeExperts(ctx, req.body.retentionDays)),
  );
}
