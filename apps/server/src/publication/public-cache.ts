// The public side under load: the newest release per year is looked up at most once per few seconds (and at once after
// a publish through this server), each body is rendered and compressed once per release (releases never change), and
// every answer carries an ETag (the release id and what was asked) and Cache-Control, so a revisit is a 304.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { publicRelease, type PubRelease } from '@kepu/domain/publication';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';

const TTL_MS = 5_000;
const MAX_BODIES = 500;
type Body = { plain: Buffer; br: Buffer; gzip: Buffer };
/** per server (one database): two apps in one process (the tests' engines) must not share releases */
const caches = new WeakMap<object, { releases: Map<string, { at: number; release: Promise<PubRelease> }>; bodies: Map<string, Body> }>();
const cacheOf = (req: FastifyRequest) => {
  let c = caches.get(req.server.kepu);
  if (!c) {
    c = { releases: new Map(), bodies: new Map() };
    caches.set(req.server.kepu, c);
  }
  return c;
};

/** After a publish: the next public request reads the new release. */
export function forgetReleases(req: FastifyRequest) {
  cacheOf(req).releases.clear();
}

/** The newest release (of `year`), kept a few seconds; the error of "nothing published" is not kept. */
export function releaseFor(req: FastifyRequest, year?: number): Promise<PubRelease> {
  const { releases } = cacheOf(req);
  const key = String(year ?? 'latest');
  const hit = releases.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.release;
  const release = publicRelease(readContext(req), year);
  releases.set(key, { at: Date.now(), release });
  release.catch(() => releases.delete(key));
  return release;
}

function compressed(bodies: Map<string, Body>, key: string, make: () => string | Buffer) {
  let b = bodies.get(key);
  if (!b) {
    const raw = make();
    const plain = typeof raw === 'string' ? Buffer.from(raw) : raw;
    b = {
      plain,
      br: brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
      gzip: gzipSync(plain, { level: 9 }),
    };
    if (bodies.size >= MAX_BODIES) bodies.delete(bodies.keys().next().value as string);
    bodies.set(key, b);
  }
  return b;
}

/**
 * Sends a public body: 304 when the browser has this release's copy, else the body (compressed once) with its ETag.
 * `key` names the release and the resource, so it is the same bytes wherever it is computed.
 */
export function sendPublic(
  req: FastifyRequest,
  reply: FastifyReply,
  o: { key: string; type: string; body: () => string | Buffer; maxAge?: number },
) {
  const etag = `"${o.key}"`;
  reply.header('etag', etag);
  reply.header('cache-control', `public, max-age=${o.maxAge ?? 60}, stale-while-revalidate=600`);
  reply.header('vary', 'accept-encoding');
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
  const b = compressed(cacheOf(req).bodies, o.key, o.body);
  const accept = String(req.headers['accept-encoding'] ?? '');
  reply.type(o.type);
  if (/\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(b.br);
  if (/\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(b.gzip);
  return reply.send(b.plain);
}
