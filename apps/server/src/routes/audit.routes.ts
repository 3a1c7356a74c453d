// The audit log, for the office: who did what, when, before and after.
import { auditPage } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readContext } from '../context.ts';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  actor: z.string().max(64).optional(),
  entity: z.string().max(40).optional(),
});

export async function auditRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/audit',
    { config: { access: 'audit.read' }, schema: { tags: ['audit'], querystring: query } },
    async (req) => auditPage(readContext(req), req.query),
  );
}
