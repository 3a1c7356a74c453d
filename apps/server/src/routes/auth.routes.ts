// Sign in, sign out, who am I (with abilities for the web app), and change one's own password.

import { changeOwnPassword, currentUser, passwordChangeSchema, signIn, signOut } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, openSession, sessionId } from '../auth/session.ts';
import { inTransaction, readContext } from '../context.ts';

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
      // a refusal is returned by the use-case, so the failed attempt and the lock-out count commit before it is sent
      const outcome = await inTransaction(req, (ctx) => signIn(ctx, req.body));
      if (!outcome.ok) throw outcome.error;
      await openSession(req, reply, outcome.signedIn.user.id);
      return outcome.signedIn;
    },
  );
  app.post(
    '/auth/logout',
    { config: { access: 'signed-in', beforePasswordChange: true }, schema: { tags: ['auth'] } },
    async (req, reply) => {
      await inTransaction(req, (ctx) => signOut(ctx, sessionId(req)));
      clearSessionCookie(reply);
      return { ok: true };
    },
  );
  app.get(
    '/auth/me',
    { config: { access: 'signed-in', beforePasswordChange: true }, schema: { tags: ['auth'] } },
    async (req) => currentUser(readContext(req)),
  );
  app.post(
    '/auth/password',
    {
      config: {
        access: 'signed-in',
        beforePasswordChange: true,
        // guessing the current password from a session left open is slowed like sign-in
        rateLimit: {
          max: 5,
          timeWindow: '1 minute',
          keyGenerator: (req) => `password|${req.actor?.userId ?? req.ip}`,
        },
      },
      schema: { tags: ['auth'], body: passwordChangeSchema },
    },
    async (req) => inTransaction(req, (ctx) => changeOwnPassword(ctx, req.body, sessionId(req))),
  );
}
