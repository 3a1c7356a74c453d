// Sessions: a random token in an HttpOnly SameSite cookie; only its SHA-256 is stored in the database.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@kepu/domain';
import { DomainError } from '@kepu/domain';
import { deleteSession, findSessionUser, insertSession, purgeExpiredSessions } from '@kepu/db';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'kepu_session';
const SESSION_DAYS = 7;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function openSession(req: FastifyRequest, reply: FastifyReply, userId: number) {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  // Expired sessions are refused when read; each sign-in also clears them out, so a long-running server does not keep them.
  await purgeExpiredSessions(req.server.kepu.db);
  await insertSession(req.server.kepu.db, digest(token), userId, expires);
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
  if (token) await deleteSession(req.server.kepu.db, digest(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves the acting user from the cookie; null when anonymous or expired. */
export async function resolveActor(req: FastifyRequest): Promise<Actor | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const u = await findSessionUser(req.server.kepu.db, digest(token));
  if (!u) return null;
  return { userId: u.id, username: u.username, role: u.role, unitId: u.unit_id, areaCode: u.area_code };
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('auth.required', 'sign in first');
  return req.actor;
}
