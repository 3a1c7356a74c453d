// One transaction for an indicators use-case and its audit entries, with the actor bound.

import { type Database, writeAudit } from '@kepu/db';
import type { Actor } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';

export interface IndCtx {
  db: Kysely<Database>;
  actor: Actor | null;
  audit(
    action: string,
    entity: string,
    entityId: string | number,
    before?: unknown,
    after?: unknown,
  ): Promise<void>;
}

export function ctxFor(db: Kysely<Database>, actor: Actor | null): IndCtx {
  return {
    db,
    actor,
    audit: (action, entity, entityId, before, after) =>
      writeAudit(db, {
        actorId: actor?.userId ?? null,
        actorUsername: actor?.username ?? 'system',
        action,
        entity,
        entityId,
        before,
        after,
      }),
  };
}

export function inIndTransaction<T>(req: FastifyRequest, fn: (ctx: IndCtx) => Promise<T>): Promise<T> {
  return req.server.kepu.db.transaction().execute((trx) => fn(ctxFor(trx, req.actor)));
}

/** Reads need no transaction. */
export const readCtx = (req: FastifyRequest): IndCtx => ctxFor(req.server.kepu.db, req.actor);
