// Sessions: a random token in an HttpOnly SameSite cookie; only its SHA-256 is stored (through the sessions port).
import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '@kepu/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';

export const SESSION_COOKIE = 'kepu_session';
const SESSION_DAYS = 7;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** The stored id of the request's session (the SHA-256 of its cookie's token); null without a cookie. */
export function sessionId(req: FastifyRequest): string | null {
  const token = req.cookies[SESSION_COOKIE];
  return token ? digest(token) : null;
}

export async function openSession(req: FastifyRequest, reply: FastifyReply, userId: number) {
  const sessions = readContext(req).stores.sessions;
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  // Expired sessions are refused when read; each sign-in also clears them out, so a long-running server does not keep them.
  await sessions.purgeExpired();
  await sessions.open(digest(token), userId, expires);
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    path: '/',
    expires,
  });
}

/** Removes the session cookie (the session itself is closed by the sign-out use-case). */
export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Resolves each request's session from its cookie (null when anonymous, expired or disabled), keeping what it found
 * for a moment: the lookup was every request's first statement, and the only one of a read the read cache answers.
 * Like the read cache, any write through this server forgets everything (`forget`, called before the write's answer
 * leaves: a sign-out, a password or account change is seen by the next request at once); a change made elsewhere (the
 * CLI on the same PostgreSQL database) or a session's end is seen within `ttlMs`. Only sessions found are kept, so
 * unknown tokens cannot fill it.
 */
export function sessionResolver(ttlMs = 2_000) {
  const kept = new Map<string, { at: number; user: SessionUser }>();
  let generation = 0;
  return {
    async resolve(req: FastifyRequest): Promise<SessionUser | null> {
      const id = sessionId(req);
      if (!id) return null;
      const hit = kept.get(id);
      if (hit && Date.now() - hit.at < ttlMs) return hit.user;
      const began = generation;
      const user = await readContext(req).stores.sessions.find(id);
      // kept only when no write finished meanwhile (what it read may be from before that write)
      if (user && began === generation) {
        if (kept.size >= 10_000) kept.clear();
        kept.set(id, { at: Date.now(), user });
      } else kept.delete(id);
      return user;
    },
    forget() {
      generation++;
      kept.clear();
    },
  };
}
