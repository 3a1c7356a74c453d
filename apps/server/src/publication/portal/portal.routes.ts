// The public portal's pages, rendered on the server from the newest release (no script, no session): /portal and
// /portal/<page>, with ?lang=en, ?size=large and ?contrast=high kept across links. Cached like the open data.
import { isDomainError } from '@kepu/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { releaseFor, sendPublic } from '../public-cache.ts';
import { esc, layout, type PortalPage, pages, textOf, type View } from './layout.ts';
import { pageBodies } from './pages.ts';

const querystring = z.object({
  lang: z.enum(['zh', 'en']).optional(),
  size: z.enum(['large', 'normal']).optional(),
  contrast: z.enum(['high', 'normal']).optional(),
});
const HTML = 'text/html; charset=utf-8';

type Query = z.infer<typeof querystring>;

async function render(page: PortalPage, req: FastifyRequest, reply: FastifyReply, q: Query) {
  const v: View = { lang: q.lang ?? 'zh', large: q.size === 'large', contrast: q.contrast === 'high' };
  const release = await releaseFor(req).catch((e: unknown) => {
    if (isDomainError(e) && e.code === 'publication.release.not_found') return null;
    throw e;
  });
  if (!release) {
    reply.header('cache-control', 'no-cache');
    return reply.type(HTML).send(layout(page, v, null, `<h1>${esc(textOf(v).nothing)}</h1>`));
  }
  return sendPublic(req, reply, {
    key: `pub-${release.id}-page-${page}-${v.lang}-${v.large ? 'l' : 'n'}-${v.contrast ? 'c' : 'n'}`,
    type: HTML,
    body: () => layout(page, v, release, pageBodies[page](release, v)),
  });
}

export async function portalRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'public' as const };
  for (const page of pages)
    app.get(
      page === 'home' ? '/portal' : `/portal/${page}`,
      { config, schema: { hide: true, querystring } },
      async (req, reply) => render(page, req, reply, req.query),
    );
}
