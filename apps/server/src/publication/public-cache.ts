// The public side under load. Which release is newest is checked at most once per few seconds (its id only; the
// snapshot is read again only when the id changed, and at once after a publish through this server); each body is
// rendered and compressed once per release (releases never change); every answer carries an ETag (the release and
// what was asked) and Cache-Control, so a revisit is a 304. A body once sent is kept with its headers, and while its
// release is known to be current the next reader of that URL gets those bytes before any other hook runs
// (`servePublicFromMemory`): no session lookup, no validation, no database.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type PubRelease, publicRelease, publicReleaseId } from '@kepu/domain/publication';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readContext } from '../context.ts';

const TTL_MS = 5_000;
const MAX_BODIES = 500;
type Body = { plain: Buffer; br: Buffer; gzip: Buffer };
type Encoding = 'br' | 'gzip' | '';
/** A sent answer, replayed as it was while its release is current. */
type Sent = { at: number; etag: string; headers: Record<string, string>; body: Buffer };
interface Cache {
  releases: Map<string, { at: number; release: Promise<PubRelease> }>;
  reads: Map<string, { at: number; read: Promise<{ value: unknown; tag: string }> }>;
  bodies: Map<string, Body>;
  sent: Map<string, Sent>;
}
/** per server (one database): two apps in one process (the tests' engines) must not share releases */
const caches = new WeakMap<object, Cache>();
const cacheOf = (app: FastifyInstance) => {
  let c = caches.get(app.kepu);
  if (!c) {
    c = { releases: new Map(), reads: new Map(), bodies: new Map(), sent: new Map() };
    caches.set(app.kepu, c);
  }
  return c;
};

/** After a publish (a release, a work, an emergency): the next public request reads what is new. */
export function forgetReleases(req: FastifyRequest) {
  const c = cacheOf(req.server);
  c.releases.clear();
  c.reads.clear();
  c.sent.clear();
}

/** The newest release (of `year`): its id checked every few seconds, its snapshot read when the id changes. */
export function releaseFor(req: FastifyRequest, year?: number): Promise<PubRelease> {
  const { releases } = cacheOf(req.server);
  const key = String(year ?? 'latest');
  const hit = releases.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.release;
  const ctx = readContext(req);
  const release = hit
    ? Promise.all([hit.release, publicReleaseId(ctx, year)]).then(([kept, id]) =>
        kept.id === id ? kept : publicRelease(ctx, year),
      )
    : publicRelease(ctx, year);
  releases.set(key, { at: Date.now(), release });
  release.catch(() => releases.delete(key));
  return release;
}

/**
 * Another public read a page shows beside the release (the services' listing): read at most every `ttlMs`, with a tag
 * of its content for the page's ETag, so the page is rendered again only when what it shows changed.
 */
export function keptRead<T>(req: FastifyRequest, name: string, ttlMs: number, read: () => Promise<T>) {
  const { reads } = cacheOf(req.server);
  const hit = reads.get(name);
  if (hit && Date.now() - hit.at < ttlMs) return hit.read as Promise<{ value: T; tag: string }>;
  const fresh = read().then((value) => ({
    value,
    tag: createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 12),
  }));
  reads.set(name, { at: Date.now(), read: fresh });
  fresh.catch(() => reads.delete(name));
  return fresh;
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

const encodingOf = (req: FastifyRequest): Encoding => {
  const accept = String(req.headers['accept-encoding'] ?? '');
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
};
const notModified = (req: FastifyRequest, etag: string) =>
  req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag) === true;

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
  if (notModified(req, etag)) return reply.code(304).send();
  const cache = cacheOf(req.server);
  const b = compressed(cache.bodies, o.key, o.body);
  const encoding = encodingOf(req);
  const body = encoding ? b[encoding] : b.plain;
  reply.type(o.type);
  if (encoding) reply.header('content-encoding', encoding);
  // the same for every reader: never a cookie
  const headers = Object.fromEntries(
    Object.entries(reply.getHeaders())
      .filter(([k]) => k !== 'set-cookie')
      .map(([k, v]) => [k, String(v)]),
  );
  cache.sent.set(`${req.url}\n${encoding}`, { at: Date.now(), etag, headers, body });
  if (cache.sent.size > MAX_BODIES) cache.sent.delete(cache.sent.keys().next().value as string);
  return reply.send(body);
}

/**
 * Answers a GET of a public URL from the bytes last sent for it, before any other hook, while their release is known
 * to be current (checked at most every few seconds); otherwise the request goes on to its route.
 */
export function servePublicFromMemory(app: FastifyInstance) {
  app.addHook('onRequest', (req, reply, done) => {
    if (req.method !== 'GET' || !(req.url.startsWith('/portal') || req.url.startsWith('/api/public/')))
      return done();
    // a work's page goes to its route: each read is counted there
    if (req.url.startsWith('/portal/content/')) return done();
    const sent = cacheOf(app).sent.get(`${req.url}\n${encodingOf(req)}`);
    if (!sent || Date.now() - sent.at >= TTL_MS) return done();
    reply.hijack();
    if (notModified(req, sent.etag)) {
      const { 'content-length': _, 'content-encoding': __, ...headers } = sent.headers;
      reply.raw.writeHead(304, headers).end();
    } else
      reply.raw
        .writeHead(200, { ...sent.headers, 'content-length': String(sent.body.length) })
        .end(sent.body);
  });
}
