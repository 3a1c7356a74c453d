// Reporting: units, assignment with a window, a unit's report (grid and Excel), submission and the approval chain.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { templateWorkbook } from '../../indicators/excel.ts';
import { getForm } from '../../indicators/registry.service.ts';
import {
  actOnReport,
  assign,
  assignSchema,
  listReportsFor,
  reasonSchema,
  reportDetail,
  saveReport,
  saveSchema,
  submitReport,
  submitSchema,
  uploadWorkbook,
  visibleUnits,
} from '../../indicators/reporting.service.ts';
import { inIndTransaction, readCtx } from '../../indicators/tx.ts';

const year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const report = year.extend({ unitId: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['indicators'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function reportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.get('/indicators/units', { config: { access: 'signed-in' }, schema: { tags } }, async (req) =>
    visibleUnits(readCtx(req)),
  );
  app.post(
    '/indicators/forms/:year/assign',
    { config: { access: 'signed-in' }, schema: { tags, params: year, body: assignSchema } },
    async (req) => inIndTransaction(req, (ctx) => assign(ctx, req.params.year, req.body)),
  );
  app.get(
    '/indicators/reports/:year',
    { config: { access: 'signed-in' }, schema: { tags, params: year } },
    async (req) => listReportsFor(readCtx(req), req.params.year),
  );
  app.get(
    '/indicators/reports/:year/:unitId',
    { config: { access: 'signed-in' }, schema: { tags, params: report } },
    async (req) => reportDetail(readCtx(req), req.params.year, req.params.unitId),
  );
  app.put(
    '/indicators/reports/:year/:unitId/values',
    { config: { access: 'signed-in' }, schema: { tags, params: report, body: saveSchema } },
    async (req) =>
      inIndTransaction(req, (ctx) => saveReport(ctx, req.params.year, req.params.unitId, req.body)),
  );
  app.post(
    '/indicators/reports/:year/:unitId/submit',
    { config: { access: 'signed-in' }, schema: { tags, params: report, body: submitSchema } },
    async (req) =>
      inIndTransaction(req, (ctx) => submitReport(ctx, req.params.year, req.params.unitId, req.body)),
  );
  for (const action of ['return', 'unlock'] as const) {
    app.post(
      `/indicators/reports/:year/:unitId/${action}`,
      { config: { access: 'signed-in' }, schema: { tags, params: report, body: reasonSchema } },
      async (req) =>
        inIndTransaction(req, (ctx) =>
          actOnReport(ctx, req.params.year, req.params.unitId, action, req.body.reason),
        ),
    );
  }
  for (const action of ['approve', 'accept'] as const) {
    app.post(
      `/indicators/reports/:year/:unitId/${action}`,
      { config: { access: 'signed-in' }, schema: { tags, params: report } },
      async (req) =>
        inIndTransaction(req, (ctx) => actOnReport(ctx, req.params.year, req.params.unitId, action)),
    );
  }
  app.get(
    '/indicators/reports/:year/:unitId/template.xlsx',
    { config: { access: 'signed-in' }, schema: { tags, params: report } },
    async (req, reply) => {
      const ctx = readCtx(req);
      const detail = await reportDetail(ctx, req.params.year, req.params.unitId);
      const buffer = await templateWorkbook(await getForm(ctx, req.params.year), detail.unit, detail.values);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="kepu-${req.params.year}-${detail.unit.code}.xlsx"`,
        )
        .send(buffer);
    },
  );
  app.post(
    '/indicators/reports/:year/:unitId/upload',
    { config: { access: 'signed-in' }, schema: { tags, params: report } },
    async (req) => {
      const body = req.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        return Promise.reject(
          Object.assign(new Error('send the workbook as the request body (content-type xlsx)'), {
            statusCode: 415,
            code: 'UNSUPPORTED_MEDIA',
          }),
        );
      }
      return inIndTransaction(req, (ctx) => uploadWorkbook(ctx, req.params.year, req.params.unitId, body));
    },
  );
}
