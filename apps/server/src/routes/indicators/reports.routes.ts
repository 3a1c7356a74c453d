// Reporting: units, assignment with a window, a unit's report (grid and Excel), submission and the approval chain.
import {
  actOnIndReport,
  assignIndForm,
  assignSchema,
  indReportDetail,
  indReportTemplate,
  listIndReports,
  permissionFor,
  presentReport,
  presentReportDetail,
  presentReportEntry,
  presentUnit,
  readIndWorkbook,
  reasonSchema,
  saveIndReport,
  saveSchema,
  submitIndReport,
  submitSchema,
  visibleIndUnits,
} from '@kepu/domain/indicators';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { readWorkbook, templateWorkbook } from '../../indicators/excel.ts';
import { attachment } from '../attachment.ts';
import { idParam, yearParams } from '../params.ts';

const report = yearParams.extend({ unitId: idParam });
const tags = ['indicators'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function reportRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.get('/indicators/units', { config: { access: 'ind.read' }, schema: { tags } }, async (req) =>
    (await visibleIndUnits(readContext(req))).map(presentUnit),
  );
  app.post(
    '/indicators/forms/:year/assign',
    { config: { access: 'ind.admin' }, schema: { tags, params: yearParams, body: assignSchema } },
    async (req) => inTransaction(req, (ctx) => assignIndForm(ctx, req.params.year, req.body)),
  );
  app.get(
    '/indicators/reports/:year',
    { config: { access: 'ind.read' }, schema: { tags, params: yearParams } },
    async (req) => (await listIndReports(readContext(req), req.params.year)).map(presentReportEntry),
  );
  app.get(
    '/indicators/reports/:year/:unitId',
    { config: { access: 'ind.read' }, schema: { tags, params: report } },
    async (req) =>
      presentReportDetail(await indReportDetail(readContext(req), req.params.year, req.params.unitId)),
  );
  app.put(
    '/indicators/reports/:year/:unitId/values',
    { config: { access: permissionFor('save') }, schema: { tags, params: report, body: saveSchema } },
    async (req) =>
      presentReportDetail(
        await inTransaction(req, (ctx) => saveIndReport(ctx, req.params.year, req.params.unitId, req.body)),
      ),
  );
  app.post(
    '/indicators/reports/:year/:unitId/submit',
    { config: { access: permissionFor('submit') }, schema: { tags, params: report, body: submitSchema } },
    async (req) =>
      presentReport(
        await inTransaction(req, (ctx) => submitIndReport(ctx, req.params.year, req.params.unitId, req.body)),
      ),
  );
  for (const action of ['return', 'unlock'] as const) {
    app.post(
      `/indicators/reports/:year/:unitId/${action}`,
      { config: { access: permissionFor(action) }, schema: { tags, params: report, body: reasonSchema } },
      async (req) =>
        presentReport(
          await inTransaction(req, (ctx) =>
            actOnIndReport(ctx, req.params.year, req.params.unitId, action, req.body.reason),
          ),
        ),
    );
  }
  for (const action of ['approve', 'accept'] as const) {
    app.post(
      `/indicators/reports/:year/:unitId/${action}`,
      { config: { access: permissionFor(action) }, schema: { tags, params: report } },
      async (req) =>
        presentReport(
          await inTransaction(req, (ctx) => actOnIndReport(ctx, req.params.year, req.params.unitId, action)),
        ),
    );
  }
  app.get(
    '/indicators/reports/:year/:unitId/template.xlsx',
    { config: { access: 'ind.read' }, schema: { tags, params: report } },
    async (req, reply) => {
      const { form, unit, values } = await indReportTemplate(
        readContext(req),
        req.params.year,
        req.params.unitId,
      );
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`科普统计-${req.params.year}年-${unit.name}.xlsx`))
        .send(await templateWorkbook(form, unit, values));
    },
  );
  app.post(
    '/indicators/reports/:year/:unitId/upload',
    { config: { access: permissionFor('save') }, schema: { tags, params: report } },
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
      const { year, unitId } = req.params;
      // parsed outside the transaction: a large workbook takes its time in the worker, not the database's
      const { values, ...read } = await readIndWorkbook(readContext(req), year, unitId, body, readWorkbook);
      const detail = await inTransaction(req, (ctx) => saveIndReport(ctx, year, unitId, { values }));
      return { ...read, detail: presentReportDetail(detail) };
    },
  );
}
