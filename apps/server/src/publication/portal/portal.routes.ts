// The public portal's pages, rendered on the server from the newest release (no script, no session): /portal and
// /portal/<page>, with ?lang=en, ?size=large and ?contrast=high kept across links. Cached like the open data.
import { isDomainError } from '@kepu/domain';
import { countRead, publicContent, publicWork, workKinds } from '@kepu/domain/content';
import {
  openNow,
  publicListing,
  targetGroups,
  venueAudiences,
  venueCategories,
  venueLevels,
} from '@kepu/domain/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readContext } from '../../context.ts';
import { keptRead, releaseFor, sendPublic } from '../public-cache.ts';
import { commendationsPortalPage } from './commendations-page.ts';
import { contentPage, emergencyBanner, workPage } from './content-pages.ts';
import { esc, layout as frame, type PortalPage, pages, textOf, type View } from './layout.ts';
import { releasePages } from './pages.ts';
import { activitiesPage, venuesPage } from './services-pages.ts';

const empty = (s: unknown) => (s === '' ? undefined : s);
const querystring = z.object({
  lang: z.enum(['zh', 'en']).optional(),
  size: z.enum(['large', 'normal']).optional(),
  contrast: z.enum(['high', 'normal']).optional(),
  // the venues page's filters (an empty select sends "")
  level: z.preprocess(empty, z.enum(venueLevels).optional()),
  category: z.preprocess(empty, z.enum(venueCategories).optional()),
  audience: z.preprocess(empty, z.enum(venueAudiences).optional()),
  open: z.preprocess(empty, z.literal('1').optional()),
  bookable: z.preprocess(empty, z.literal('1').optional()),
  // the commendations page's year
  year: z.preprocess(empty, z.coerce.number().int().min(2000).max(2100).optional()),
  // the activities page's filters
  district: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{6,12}$/)
      .optional(),
  ),
  campaign: z.preprocess(empty, z.coerce.number().int().positive().optional()),
  group: z.preprocess(empty, z.enum(targetGroups).optional()),
  // science reading's filters
  topic: z.preprocess(
    empty,
    z
      .string()
      .regex(/^[a-z_]{2,30}$/)
      .optional(),
  ),
  kind: z.preprocess(empty, z.enum(workKinds).optional()),
  month: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  ),
  day: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(
        (d) =>
          !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
          new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      )
      .optional(),
  ),
});
const HTML = 'text/html; charset=utf-8';
const LISTING_TTL_MS = 60_000;
/** Published content and the emergencies under way, read at most this often (an emergency publication forgets it). */
const CONTENT_TTL_MS = 10_000;

type Query = z.infer<typeof querystring>;

const viewOf = (req: FastifyRequest, q: Query): View => ({
  lang: q.lang ?? 'zh',
  large: q.size === 'large',
  contrast: q.contrast === 'high',
  timeZone: req.server.kepu.clock.timeZone,
});
/** The reader's options as part of a cache key. */
const optionsKey = (v: View) => `${v.lang}-${v.large ? 'l' : 'n'}-${v.contrast ? 'c' : 'n'}`;
const contentRead = (req: FastifyRequest) =>
  keptRead(req, 'content-listing', CONTENT_TTL_MS, () => publicContent(readContext(req)));

async function render(page: PortalPage, req: FastifyRequest, reply: FastifyReply, q: Query) {
  const v = viewOf(req, q);
  const [release, content] = await Promise.all([
    releaseFor(req).catch((e: unknown) => {
      if (isDomainError(e) && e.code === 'publication.release.not_found') return null;
      throw e;
    }),
    contentRead(req),
  ]);
  const banner = emergencyBanner(content.value.emergencies, v);
  const layout = (p: PortalPage, view: View, r: typeof release, main: string) =>
    frame(p, view, r, main, banner);
  const options = optionsKey(v);
  // science reading is the content's own: it needs no year published
  if (page === 'content') {
    const { topic, group, kind } = q;
    return sendPublic(req, reply, {
      key: `content-${release?.id ?? 0}-${options}-${content.tag}-${[topic, group, kind].map((x) => x ?? '').join('.')}`,
      type: HTML,
      body: () => layout(page, v, release, contentPage(content.value, { topic, group, kind }, v)),
    });
  }
  if (page === 'commendations') {
    // published by the office's commendation round, not by a release: read each time, small and rare
    reply.header('cache-control', 'no-cache');
    return reply.type(HTML).send(layout(page, v, release, await commendationsPortalPage(req, v, q.year)));
  }
  if (!release) {
    reply.header('cache-control', 'no-cache');
    return reply.type(HTML).send(layout(page, v, null, `<h1>${esc(textOf(v).nothing)}</h1>`));
  }
  const base = `pub-${release.id}-page-${page}-${options}-${content.tag}`;
  if (page === 'activities' || page === 'venues') {
    // the services' public listing, read at most once a minute; the page is rendered again only when it changed
    const listing = await keptRead(req, 'services-listing', LISTING_TTL_MS, () =>
      publicListing(readContext(req)),
    );
    if (page === 'activities') {
      const { district, campaign, group, month, day } = q;
      const today = req.server.kepu.clock.today();
      const filters = [district, campaign, group, month, day].map((x) => x ?? '').join('.');
      const place = {
        jurisdiction: release.snapshot.jurisdiction.code,
        districts: release.snapshot.progress.districts.map((d) => ({ code: d.areaCode, name: d.areaName })),
        today,
      };
      return sendPublic(req, reply, {
        // the calendar marks today: a new day renders the page again
        key: `${base}-${listing.tag}-${filters}-${today}`,
        type: HTML,
        body: () =>
          layout(
            page,
            v,
            release,
            activitiesPage(listing.value, { district, campaign, group, month, day }, v, place),
          ),
      });
    }
    // which venues are open changes with the clock: it is part of the key, so an answer is rendered again when it does
    const at = req.server.kepu.clock.now();
    const open = listing.value.venues.map((x) => (openNow(x.weeklyHours, v.timeZone, at) ? 1 : 0)).join('');
    const { level, category, audience, open: openOnly, bookable } = q;
    const filters = [level, category, audience, openOnly, bookable].map((x) => x ?? '').join('.');
    return sendPublic(req, reply, {
      key: `${base}-${listing.tag}-${filters}-${open}`,
      type: HTML,
      body: () =>
        layout(
          page,
          v,
          release,
          venuesPage(listing.value.venues, q, v, at, release.snapshot.jurisdiction.code),
        ),
    });
  }
  return sendPublic(req, reply, {
    key: base,
    type: HTML,
    body: () => layout(page, v, release, releasePages[page](release, v)),
  });
}

/** A work's page: not replayed from memory (servePublicFromMemory), so each read reaches the count. */
async function renderWork(id: number, req: FastifyRequest, reply: FastifyReply, q: Query) {
  const v = viewOf(req, q);
  const ctx = readContext(req);
  const [release, content, work] = await Promise.all([
    releaseFor(req).catch(() => null),
    contentRead(req),
    keptRead(req, `content-work-${id}`, CONTENT_TTL_MS, async () => (await publicWork(ctx, id)) ?? null),
  ]);
  if (work.value) await countRead(ctx, id);
  else reply.code(404);
  const origin = `${req.protocol}://${req.host}`;
  const key = `work-${id}-${release?.id ?? 0}-${work.tag}-${content.tag}-${optionsKey(v)}-${origin}`;
  const body = () =>
    frame(
      'content',
      v,
      release,
      workPage(work.value ?? undefined, v, origin),
      emergencyBanner(content.value.emergencies, v),
    );
  if (!work.value) return reply.type(HTML).header('cache-control', 'no-cache').send(body());
  return sendPublic(req, reply, { key, type: HTML, body });
}

export async function portalRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'public' as const };
  app.get(
    '/portal/content/:id',
    {
      config,
      schema: {
        hide: true,
        querystring,
        params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
      },
    },
    async (req, reply) => renderWork(req.params.id, req, reply, req.query),
  );
  for (const page of pages)
    app.get(
      page === 'home' ? '/portal' : `/portal/${page}`,
      { config, schema: { hide: true, querystring } },
      async (req, reply) => render(page, req, reply, req.query),
    );
}
