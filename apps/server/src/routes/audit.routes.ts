// The audit log, for the office: who did what, when, before and after.
import { listAudit } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  actor: z.string().max(64).optional(),
  entity: z.string().max(40).optional(),
});

export async function auditRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/audit', { config: { access: 'audit.read' }, schema: { tags: ['audit'], querystring: query } }, async (req) => {
    const { total, items } = await listAudit(app.kepu.db, req.query);
    return {
      total,
      items: items.map((i) => ({
        id: i.id,
        at: new Date(i.at).toISOString(),
        actor: { id: i.actor_id, username: i.actor_username },
        action: i.action,
        entity: i.entity,
        entityId: i.entity_id,
        before: i.before,
        after: i.after,
      })),
    };
  });
}
