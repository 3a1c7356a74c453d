// Accounts: the office sees and creates all; a district admin sees those in its subtree.

import { createUser, listUsersFor, newUserSchema } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../context.ts';

export async function userRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/users', { config: { access: 'users.read' }, schema: { tags: ['user'] } }, async (req) =>
    listUsersFor(readContext(req)),
  );
  app.post(
    '/users',
    { config: { access: 'users.create' }, schema: { tags: ['user'], body: newUserSchema } },
    async (req, reply) => {
      const user = await inTransaction(req, (ctx) => createUser(ctx, req.body));
      return reply.status(201).send(user);
    },
  );
}
