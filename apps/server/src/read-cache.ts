// The heaviest reads (the supervision board, the pivot, the plan's tasks…) are asked for far more often than anything
// changes: a route marked `config: { cache: true }` keeps its answer, per viewer scope (role, unit, area: what a
// route may show depends on nothing else) and URL, until the next change. Any write through this server drops every
// kept answer before its own answer leaves, so a reader never sees an answer older than a write it has seen. Changes
// made elsewhere (another process on the same PostgreSQL database, the CLI, a background job) and the calendar day are
// seen within `ttlMs`. Only for routes whose answer is a pure function of the database, the scope and the URL.
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Keep this GET route's answers (see read-cache.ts). */
    cache?: boolean;
  }
  interface FastifyRequest {
    readCacheKey: string | null;
  }
}

export interface ReadCacheOptions {
  /** How long an answer is kept at most (default 5 s). */
  ttlMs?: number;
  /** Bytes of answers kept at most (default 64 MiB); the oldest go first. */
  maxBytes?: number;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A request that may change something: every method but GET, HEAD and OPTIONS. */
export const isWrite = (req: FastifyRequest) => !READS.has(req.method);

function scopeOf(req: FastifyRequest): string {
  const a = req.actor;
  // the jurisdiction too: the same URL (`/api/plans/current`) answers for the jurisdiction the request works in
  return `${a ? `${a.role}:${a.unitId ?? ''}:${a.areaCode ?? ''}` : 'anonymous'}@${req.jurisdiction}`;
}

export function cacheReads(app: FastifyInstance, options: ReadCacheOptions = {}): void {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const kept = new Map<string, { at: number; body: string }>();
  let bytes = 0;
  let generation = 0;
  const drop = (key: string) => {
    const e = kept.get(key);
    if (!e) return;
    bytes -= e.body.length;
    kept.delete(key);
  };

  app.decorateRequest('readCacheKey', null);
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'GET' || !req.routeOptions.config.cache) return;
    const key = `${generation}|${scopeOf(req)}|${req.url}`;
    const hit = kept.get(key);
    if (hit && Date.now() - hit.at < ttlMs)
      return reply.type('application/json; charset=utf-8').send(hit.body);
    if (hit) drop(key);
    req.readCacheKey = key;
  });
  app.addHook('preSerialization', async (req, reply, payload) => {
    const key = req.readCacheKey;
    // kept under the generation the request began in: a write that finished meanwhile has moved past it
    if (key && reply.statusCode === 200 && key.startsWith(`${generation}|`)) {
      const body = JSON.stringify(payload);
      kept.set(key, { at: Date.now(), body });
      bytes += body.length;
      for (const oldest of kept.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
    }
    return payload;
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    if (isWrite(req)) {
      generation++;
      kept.clear();
      bytes = 0;
    }
    return payload;
  });
}
