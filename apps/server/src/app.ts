// Builds the Fastify application: security headers, cookies, validation, OpenAPI, routes, the web app.
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic, { type SetHeadersResponse } from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { type Clock, DEFAULT_TIME_ZONE, zonedClock } from '@kepu/domain';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sessionResolver } from './auth/session.ts';
import { refuseOtherCharsets } from './charset-guard.ts';
import type { KepuContext } from './context.ts';
import { refuseCrossSiteWrites } from './cross-site-guard.ts';
import { errorBody, handleError } from './errors.ts';
import { type JobQueueOptions, ServerJobs } from './jobs.ts';
import { requestJurisdiction } from './jurisdiction.ts';
import { refuseNulCharacters } from './nul-guard.ts';
import { portalRoutes } from './publication/portal/portal.routes.ts';
import { servePublicFromMemory } from './publication/public-cache.ts';
import { cacheReads, isWrite } from './read-cache.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppOptions extends Omit<KepuContext, 'clock' | 'demoData'> {
  /** The database holds the public demo data (default false: the demo passwords are refused as new passwords). */
  demoData?: boolean;
  /** Defaults to a clock in `timeZone`. */
  clock?: Clock;
  /** The jurisdiction's IANA time zone (default Asia/Shanghai): when its calendar day begins. */
  timeZone?: string;
  /** Folder of the built web app to serve at `/`; skipped when missing. */
  webRoot?: string;
  /** true: every request; 'error': failures only (each 500 with its request id); false: nothing. */
  logger?: boolean | 'error';
  /** Fastify's trustProxy: only behind a reverse proxy (true, hop count or its addresses); otherwise a client could
   *  choose its own IP (X-Forwarded-For) and so its own sign-in rate-limit bucket. */
  trustProxy?: boolean | number | string;
  /** Sees every route as it is registered (the route-walk test lists the routes this way). */
  onRoute?: (route: RouteOptions) => void;
  /** Runs the scheduled jobs (jobs.ts) on this database's queue from `ready` to `close`; without it, none run. */
  jobs?: JobQueueOptions;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const {
    webRoot,
    logger = false,
    trustProxy = false,
    clock,
    timeZone,
    onRoute,
    demoData = false,
    jobs,
    ...rest
  } = options;
  const kepu: KepuContext = { ...rest, demoData, clock: clock ?? zonedClock(timeZone ?? DEFAULT_TIME_ZONE) };
  // frameworkErrors: a malformed URL (`/api/%`) gets the same error body as every other 4xx.
  const app = Fastify({
    logger: logger === 'error' ? { level: 'error' } : logger,
    bodyLimit: 5 * 1024 * 1024,
    trustProxy,
    frameworkErrors: handleError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('kepu', kepu);
  // each capability defines its jobs as its routes register; they start once everything is registered
  app.decorate('jobs', new ServerJobs());
  if (jobs) {
    app.addHook('onReady', () => app.jobs.start(jobs, kepu.clock.timeZone, app.log));
    app.addHook('onClose', () => app.jobs.stop());
  }
  app.decorateRequest('actor', null);
  app.decorateRequest('mustChangePassword', false);
  if (onRoute) app.addHook('onRoute', onRoute);
  // the public portal's and open data's bytes already sent, replayed before every other hook (issue 14)
  servePublicFromMemory(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // every text response (API JSON, CSV, the web app's files that have no precompressed copy) in brotli or gzip;
  // files the build compressed already (.br, .gz beside them) are sent as they are
  await app.register(compress, { encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Kepu API', description: 'Kepu 科普 platform HTTP API', version: kepu.version },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('jurisdiction', kepu.jurisdiction);
  const sessions = sessionResolver();
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const session = await sessions.resolve(req);
    req.actor = session?.actor ?? null;
    req.mustChangePassword = session?.mustChangePassword ?? false;
    req.jurisdiction = requestJurisdiction(req, session?.jurisdiction ?? null, kepu.jurisdiction);
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    if (isWrite(req)) sessions.forget();
    return payload;
  });
  cacheReads(app);
  refuseCrossSiteWrites(app);
  refuseOtherCharsets(app);
  refuseNulCharacters(app);
  await app.register(registerRoutes, { prefix: '/api' });
  // the public portal's server-rendered pages (issue 14): no script, no session
  await app.register(portalRoutes);

  if (webRoot && existsSync(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: webCacheHeaders,
    });
    app.setNotFoundHandler((req, reply) => {
      // a missing hashed file (a page from before a new build) gets a 404, not the app's HTML in its place
      if (req.url.startsWith('/api/') || req.url.startsWith('/assets/') || req.method !== 'GET') {
        return reply.status(404).send(routeNotFound(req.method, req.url));
      }
      // the respondent's page is a bundle of its own, small for a slow phone
      // the public activity pages (/e, /e/…) likewise
      if (req.url === '/e' || req.url.startsWith('/e/') || req.url.startsWith('/e?'))
        return reply.sendFile('e.html');
      return reply.sendFile(req.url.startsWith('/s/') ? 's.html' : 'index.html');
    });
  } else {
    app.setNotFoundHandler((req, reply) => reply.status(404).send(routeNotFound(req.method, req.url)));
  }
  return app;
}

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|geojson|svg|txt|map)(?:\.br|\.gz)?$/;

/**
 * Vite names every file under /assets by its content hash, so a browser may keep it for a year without asking again;
 * everything else (index.html, the map's GeoJSON) is revalidated on each use (ETag), so a new build shows at once.
 */
function webCacheHeaders(res: SetHeadersResponse, filePath: string) {
  const hashed = filePath.includes(`${sep}assets${sep}`);
  res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (COMPRESSIBLE.test(filePath)) res.setHeader('vary', 'accept-encoding');
}

function routeNotFound(method: string, url: string) {
  const path = url.split('?')[0];
  return errorBody('route.not_found', `no route ${method} ${path}`, { method, path });
}
