// Sign in, sign out, and who am I (with abilities for the web app).

import { checkCredentials, findUserByUsername, userRecord } from '@kepu/db';
import { abilities, DomainError } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeSession, openSession, requireActor } from '../auth/session.ts';

const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export async function authRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: 5,
          timeWindow: '1 minute',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown })?.username ?? '')}`,
        },
      },
      schema: { tags: ['auth'], body: loginBody },
    },
    async (req, reply) => {
      const row = await findUserByUsername(app.kepu.db, req.body.username);
      // the hash check runs first, so an unknown name costs as much as a known one
      if (!(await checkCredentials(row?.password_hash, req.body.password)) || !row) {
        throw new DomainError('auth.invalid_credentials', 'wrong username or password');
      }
      await openSession(req, reply, row.id);
      const user = userRecord(row);
      return {
        user,
        abilities: abilities({
          userId: user.id,
          username: user.username,
          role: user.role,
          unitId: user.unitId,
          areaCode: user.areaCode,
        }),
      };
    },
  );
  app.post(
    '/auth/logout',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'] } },
    async (req, reply) => {
      await closeSession(req, reply);
      return { ok: true };
    },
  );
  app.get('/auth/me', { config: { access: 'signed-in' }, schema: { tags: ['auth'] } }, async (req) => {
    const actor = requireActor(req);
    const row = await findUserByUsername(app.kepu.db, actor.username);
    return { user: row ? userRecord(row) : null, abilities: abilities(actor) };
  });
}
