// What every route can reach: the database handle, the default jurisdiction, and a transaction helper.
import type { Actor } from '@kepu/domain';
import { type Database, type Engine, type Stores, storesFor } from '@kepu/db';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';

export interface KepuContext {
  db: Kysely<Database>;
  engine: Engine;
  /** The jurisdiction `current` refers to (GB/T 2260 code). */
  jurisdiction: string;
  version: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    kepu: KepuContext;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Runs a use-case and its audit entry in one transaction, with stores bound to it. */
export function inTransaction<T>(req: FastifyRequest, fn: (stores: Stores) => Promise<T>): Promise<T> {
  return req.server.kepu.db.transaction().execute((trx) => fn(storesFor(trx, req.actor)));
}
