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

/** The session's user from the cookie; null when anonymous, expired or disabled. */
export async function resolveSession(req: FastifyRequest): Promise<SessionUser | null> {
  const id = sessionId(req);
  if (!id) return null;
  return readContext(req).stores.sessions.find(id);
}
