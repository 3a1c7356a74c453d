// The one place that maps domain error codes to HTTP statuses and the `{ error: { code, message, details } }` body.
import { isDatabaseFault } from '@kepu/db';
import { isDomainError, zodFieldIssue } from '@kepu/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';

const statusByCode: [RegExp, number][] = [
  [/^auth\.required$/, 401],
  [/^auth\.(invalid_credentials)$/, 401],
  [/^auth\.(forbidden|cross_site|locked|disabled|password_change_required)$/, 403],
  [/^jurisdiction\.out_of_scope$/, 403],
  [/^auth\.rate_limited$/, 429],
  [/\.not_found$/, 404],
  [/[._](taken|conflict|exists)$|^conflict$|^user\.last_office$/, 409],
  [/\.too_large$/, 413],
  [/^request\.unsupported_charset$/, 415],
  [/^system\.(database_unavailable|database_timeout|disk_full)$/, 503],
];

export function statusFor(code: string): number {
  return statusByCode.find(([re]) => re.test(code))?.[1] ?? 400;
}

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, details } };
}

export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const issues = err.validation.map((v) => {
      const path = [where, ...v.instancePath.split('/').filter(Boolean)];
      const zodIssue = {
        ...v.params,
        code: v.keyword,
        path,
        message: v.message ?? 'invalid',
      } as unknown as z.core.$ZodIssue;
      return { ...zodFieldIssue(zodIssue), path: path.join('.') };
    });
    return reply
      .status(400)
      .send(errorBody('validation.failed', `${issues[0]?.path}: ${issues[0]?.message}`, { issues }));
  }
  if (isDomainError(err))
    return reply.status(statusFor(err.code)).send(errorBody(err.code, err.message, err.details));
  if (isDatabaseFault(err)) {
    // the database is down, too slow or out of disk: the operator has to act, the client may retry later
    req.log.error({ err, cause: err.cause instanceof Error ? err.cause.message : String(err.cause ?? '') });
    return reply
      .status(statusFor(err.code))
      .header('retry-after', '5')
      .send(errorBody(err.code, err.message, { engine: req.server.kepu?.engine }));
  }
  const db = databaseError(err);
  if (db) return reply.status(db.status).send(errorBody(db.code, db.message, { constraint: db.constraint }));
  const status = err.statusCode ?? 500;
  if (status === 429)
    return reply.status(429).send(errorBody('auth.rate_limited', 'too many attempts, try again in a minute'));
  if (status === 413)
    return reply.status(413).send(errorBody('request.too_large', 'the request body is too large'));
  if (status >= 400 && status < 500) {
    // Malformed JSON, wrong content type and the like: Fastify's own 4xx, reshaped.
    return reply
      .status(status)
      .send(errorBody(err.code ? `request.${err.code.toLowerCase()}` : 'request.invalid', err.message));
  }
  req.log.error(err);
  return reply.status(500).send(errorBody('internal', 'internal error; it has been logged'));
}

/** A safety net for input that slipped past validation into a constraint: a 4xx naming the constraint, not a 5xx. */
function databaseError(err: unknown) {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  if (typeof e.code !== 'string' || !/^[0-9A-Z]{5}$/.test(e.code)) return null;
  const constraint = typeof e.constraint === 'string' ? e.constraint : undefined;
  if (e.code === '23505')
    return {
      status: 409,
      code: 'conflict',
      message: `already exists (${constraint ?? 'unique'})`,
      constraint,
    };
  if (e.code === '23503')
    return {
      status: 400,
      code: 'validation.reference',
      message: `refers to something that does not exist (${constraint ?? 'reference'})`,
      constraint,
    };
  if (e.code.startsWith('22') || e.code === '23514' || e.code === '23502') {
    return {
      status: 400,
      code: 'validation.failed',
      message: `a value is out of range or malformed: ${String(e.message)}`,
      constraint,
    };
  }
  return null;
}
