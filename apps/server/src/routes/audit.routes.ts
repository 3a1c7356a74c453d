// The audit log, for the office: who did what, when, before and after; filtered by person, unit, action, record type
// and days.
import { auditActions, auditEntities, auditPage } from '@kepu/domain';
import { isoDateSchema } from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readContext } from '../context.ts';

const query = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    actor: z.string().max(64).optional(),
    unit: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    action: z.enum(auditActions).optional(),
    entity: z.enum(auditEntities).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'to is before from',
    params: { code: 'audit.dates_reversed' },
  });

export async function auditRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/audit',
    { config: { access: 'audit.read' }, schema: { tags: ['audit'], querystring: query } },
    async (req) => auditPage(readContext(req), req.query),
  );
}
