// The year's summary per programme, as JSON, an Excel workbook and CSV (UTF-8 with a BOM).
import { summaryQuerySchema, yearSummary } from '@kepu/domain/training';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readContext } from '../../context.ts';
import { summaryCsv, summaryFileName, summaryWorkbook } from '../../training/summary.export.ts';
import { attachment } from '../attachment.ts';

const tags = ['training'];
const readers = {
  config: { access: 'trn.read' },
  schema: { tags, querystring: summaryQuerySchema },
} as const;

export async function summaryRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/trn/summary', readers, async (req) => yearSummary(readContext(req), req.query.year));
  app.get('/trn/summary.xlsx', readers, async (req, reply) => {
    const s = await yearSummary(readContext(req), req.query.year);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachment(summaryFileName(s, 'xlsx')))
      .send(await summaryWorkbook(s));
  });
  app.get('/trn/summary.csv', readers, async (req, reply) => {
    const s = await yearSummary(readContext(req), req.query.year);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachment(summaryFileName(s, 'csv')))
      .send(summaryCsv(s));
  });
}
