// Accounts: the office sees, creates and manages all (edit, disable and enable, reset a password, unlock); a district
// admin sees those in its subtree.

import {
  createUser,
  disableUser,
  enableUser,
  listUsersFor,
  newUserSchema,
  passwordResetSchema,
  resetPassword,
  unlockUser,
  updateUser,
  userPatchSchema,
} from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../context.ts';
import { idParams } from './params.ts';

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
  app.patch(
    '/users/:id',
    {
      config: { access: 'users.manage' },
      schema: { tags: ['user'], params: idParams, body: userPatchSchema },
    },
    async (req) => inTransaction(req, (ctx) => updateUser(ctx, req.params.id, req.body)),
  );
  app.post(
    '/users/:id/disable',
    { config: { access: 'users.manage' }, schema: { tags: ['user'], params: idParams } },
    async (req) => inTransaction(req, (ctx) => disableUser(ctx, req.params.id)),
  );
  app.post(
    '/users/:id/enable',
    { config: { access: 'users.manage' }, schema: { tags: ['user'], params: idParams } },
    async (req) => inTransaction(req, (ctx) => enableUser(ctx, req.params.id)),
  );
  app.post(
    '/users/:id/unlock',
    { config: { access: 'users.manage' }, schema: { tags: ['user'], params: idParams } },
    async (req) => inTransaction(req, (ctx) => unlockUser(ctx, req.params.id)),
  );
  app.post(
    '/users/:id/password',
    {
      config: { access: 'users.manage' },
      schema: { tags: ['user'], params: idParams, body: passwordResetSchema },
    },
    async (req) => inTransaction(req, (ctx) => resetPassword(ctx, req.params.id, req.body)),
  );
}
