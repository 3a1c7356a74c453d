// What every route can reach: the database handle, the jurisdiction and its clock, and the use-case pipeline's
// two entry points: inTransaction() for mutations (change and audit commit together) and readContext() for reads.

import {
  type Database,
  type Engine,
  inUseCase,
  type KepuContext as UseCaseCtx,
  useCaseContext,
} from '@kepu/db';
import type { Actor, Clock } from '@kepu/domain';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';

export interface KepuContext {
  db: Kysely<Database>;
  engine: Engine;
  /** The jurisdiction `current` refers to (GB/T 2260 code). */
  jurisdiction: string;
  /** Now, and today in the jurisdiction's time zone (a setting of the jurisdiction; Asia/Shanghai by default). */
  clock: Clock;
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

export type AppContext = UseCaseCtx;

/** Runs a use-case and its audit entries in one transaction, with every port bound to it. */
export function inTransaction<T>(req: FastifyRequest, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { db, clock } = req.server.kepu;
  return inUseCase(db, req.actor, clock, fn);
}

/** The same context outside a transaction, for use-cases that only read. */
export function readContext(req: FastifyRequest): AppContext {
  const { db, clock } = req.server.kepu;
  return useCaseContext(db, req.actor, clock);
}
