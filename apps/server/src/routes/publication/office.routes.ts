// The office's publication routes: the releases so far, a year's preview (exactly what publishing would make
// public), and publishing it (a new audited version of that year's snapshot).

import { localDateTime } from '@kepu/domain';
import { annualReportOf, listReleases, previewYear, publishYear } from '@kepu/domain/publication';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentPlan } from '../../accountability/acc-context.ts';
import { inTransaction, readContext } from '../../context.ts';
import { forgetReleases } from '../../publication/public-cache.ts';
import { reportDocx } from '../../publication/report/report.docx.ts';
import { reportPdf } from '../../publication/report/report.pdf.ts';
import { attachment } from '../attachment.ts';
import { yearParams } from '../params.ts';

const reportBody = z.strictObject({
  format: z.enum(['docx', 'pdf']),
  intro: z.string().trim().min(1, 'write the introduction').max(20_000),
  conclusion: z.string().trim().min(1, 'write the conclusion').max(20_000),
});

const tags = ['publication'];
const access = 'publication.manage';

export async function publicationOfficeRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // each release's time also as the jurisdiction reads it (KEPU_TIME_ZONE): "2026-12-07 13:45" and the zone
  app.get('/publication/releases', { config: { access }, schema: { tags } }, async (req) => {
    const timeZone = req.server.kepu.clock.timeZone;
    return (await listReleases(readContext(req))).map((r) => ({
      ...r,
      publishedLocal: localDateTime(timeZone, r.publishedAt),
      timeZone,
    }));
  });
  app.get(
    '/publication/:year/preview',
    { config: { access }, schema: { tags, params: yearParams } },
    async (req) => previewYear({ ...readContext(req), plan: await currentPlan(req) }, req.params.year),
  );
  app.post(
    '/publication/:year/publish',
    { config: { access }, schema: { tags, params: yearParams } },
    async (req) => {
      const plan = await currentPlan(req);
      const r = await inTransaction(req, (ctx) => publishYear({ ...ctx, plan }, req.params.year));
      forgetReleases(req);
      return { id: r.id, year: r.year, version: r.version, publishedAt: r.publishedAt };
    },
  );
  // the annual report of the year's newest release, with the office's own introduction and conclusion
  app.post(
    '/publication/:year/report',
    { config: { access }, schema: { tags, params: yearParams, body: reportBody } },
    async (req, reply) => {
      const ctx = { ...readContext(req), plan: await currentPlan(req) };
      const model = await annualReportOf(ctx, req.params.year, req.body.intro, req.body.conclusion);
      const pdf = req.body.format === 'pdf';
      const file = pdf ? await reportPdf(model) : await reportDocx(model);
      return reply
        .type(
          pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
        .header('content-disposition', attachment(`${model.title}.${req.body.format}`))
        .send(file);
    },
  );
}
