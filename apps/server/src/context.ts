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
  /** The default jurisdiction (GB/T 2260 code): of accounts scoped to none, of anonymous requests, and of the CLI's
   *  `kepu serve --jurisdiction` / KEPU_JURISDICTION. Each request works in its own (FastifyRequest.jurisdiction). */
  jurisdiction: string;
  /** Now, and today in the jurisdiction's time zone (a setting of the jurisdiction; Asia/Shanghai by default). */
  clock: Clock;
  version: string;
  /**
   * The server was started with the public demo data (`seedDemo`): the demo accounts' passwords may be set again.
   * False for a database started with `--no-demo`, where the password policy refuses them.
   */
  demoData: boolean;
  /** The contests' live layer: Redis at this URL (else REDIS_URL, else in-process) under this key prefix. */
  redis?: { url?: string; prefix?: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    kepu: KepuContext;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /**
     * The jurisdiction this request works in (GB/T 2260 code): the `X-Kepu-Jurisdiction` header's, else the one the
     * session chose, else the account's own, else the server's default; always one the actor may see.
     */
    jurisdiction: string;
    /** The signed-in user must choose a new password (after a reset by the office) before anything else. */
    mustChangePassword: boolean;
  }
}

export type AppContext = UseCaseCtx;

/** Runs a use-case and its audit entries in one transaction, with every port bound to it. */
export function inTransaction<T>(req: FastifyRequest, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { db, clock, demoData, jurisdiction } = req.server.kepu;
  return inUseCase(db, req.actor, clock, fn, {
    demoData,
    jurisdiction: req.jurisdiction,
    defaultJurisdiction: jurisdiction,
  });
}

/** The same context outside a transaction, for use-cases that only read. */
export function readContext(req: FastifyRequest): AppContext {
  const { db, clock, demoData, jurisdiction } = req.server.kepu;
  return useCaseContext(db, req.actor, clock, {
    demoData,
    jurisdiction: req.jurisdiction,
    defaultJurisdiction: jurisdiction,
  });
}
