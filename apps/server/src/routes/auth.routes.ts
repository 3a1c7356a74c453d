// Sign in, sign out, and who am I (with abilities for the web app).

import { currentUser, signIn } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeSession, openSession } from '../auth/session.ts';
import { readContext } from '../context.ts';

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
      const signedIn = await signIn(readContext(req), req.body);
      await openSession(req, reply, signedIn.user.id);
      return signedIn;
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
  app.get('/auth/me', { config: { access: 'signed-in' }, schema: { tags: ['auth'] } }, async (req) =>
    currentUser(readContext(req)),
  );
}
