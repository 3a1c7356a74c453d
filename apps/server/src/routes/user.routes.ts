// Accounts: the office sees and creates all; a district admin sees those in its subtree.

import { listUsers } from '@kepu/db';
import { createUser, newUserSchema } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/session.ts';
import { inTransaction } from '../context.ts';

export async function userRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/users', { config: { access: 'users.read' }, schema: { tags: ['user'] } }, async (req) => {
    const actor = requireActor(req);
    const rows = await listUsers(app.kepu.db, actor.role === 'office' ? undefined : (actor.areaCode ?? ''));
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      unitId: r.unit_id,
      unitName: r.unit_name,
      areaCode: r.area_code,
      areaName: r.area_name,
      createdAt: new Date(r.created_at).toISOString(),
    }));
  });
  app.post(
    '/users',
    { config: { access: 'users.create' }, schema: { tags: ['user'], body: newUserSchema } },
    async (req, reply) => {
      const user = await inTransaction(req, (ctx) => createUser(ctx, req.body));
      return reply.status(201).send(user);
    },
  );
}
