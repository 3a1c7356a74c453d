// The office's publication routes: the releases so far, a year's preview (exactly what publishing would make
// public), and publishing it (a new audited version of that year's snapshot).
import { listReleases, previewYear, publishYear } from '@kepu/domain/publication';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { currentPlan } from '../../accountability/acc-context.ts';
import { inTransaction, readContext } from '../../context.ts';
import { forgetReleases } from '../../publication/public-cache.ts';
import { yearParams } from '../params.ts';

const tags = ['publication'];
const access = 'publication.manage';

export async function publicationOfficeRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/publication/releases', { config: { access }, schema: { tags } }, async (req) =>
    listReleases(readContext(req)),
  );
  app.get('/publication/:year/preview', { config: { access }, schema: { tags, params: yearParams } }, async (req) =>
    previewYear({ ...readContext(req), plan: await currentPlan(req) }, req.params.year),
  );
  app.post('/publication/:year/publish', { config: { access }, schema: { tags, params: yearParams } }, async (req) => {
    const plan = await currentPlan(req);
    const r = await inTransaction(req, (ctx) => publishYear({ ...ctx, plan }, req.params.year));
    forgetReleases();
    return { id: r.id, year: r.year, version: r.version, publishedAt: r.publishedAt };
  });
}
