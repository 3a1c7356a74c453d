// Sessions: a random token in an HttpOnly SameSite cookie; only its SHA-256 is stored (through the sessions port).
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@kepu/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';

export const SESSION_COOKIE = 'kepu_session';
const SESSION_DAYS = 7;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

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

export async function closeSession(req: FastifyRequest, reply: FastifyReply) {
  const token = req.cookies[SESSION_COOKIE];
  if (token) await readContext(req).stores.sessions.close(digest(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves the acting user from the cookie; null when anonymous or expired. */
export async function resolveActor(req: FastifyRequest): Promise<Actor | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  return readContext(req).stores.sessions.actor(digest(token));
}
