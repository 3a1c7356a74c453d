// Responses in bulk: the analyst imports a CSV table (all or nothing, every problem on its cell) and downloads the
// scored respondents; the analysis run (weighting and estimates), its respondent-level file and margins (machine files
// for R and `kepu stats estimate`: code headers, no BOM).
import {
  importResponses,
  importResponseTable,
  scoredRespondentsCsv,
  surveyAnalysis,
  surveyAnalysisFile,
  surveyMarginsFile,
} from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { readResponseSheet } from '../../survey/responses-xlsx.ts';
import { attachment } from '../attachment.ts';
import { idParams } from '../params.ts';

const tags = ['survey'];
const MAX_FILE = 20 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function responseRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_FILE }, (_req, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: MAX_FILE }, (_req, body, done) =>
    done(null, body),
  );
  app.post(
    '/survey/surveys/:id/responses/import',
    {
      config: { access: 'survey.analyse' },
      bodyLimit: MAX_FILE,
      schema: { tags, params: idParams, body: z.union([z.string().min(1), z.instanceof(Buffer)]) },
    },
    async (req) => {
      const body = req.body;
      if (typeof body === 'string')
        return inTransaction(req, (ctx) => importResponses(ctx, req.params.id, body));
      // an Excel file is read in the sheet worker outside the transaction, then imported as the CSV rows are
      const table = await readResponseSheet(body);
      return inTransaction(req, (ctx) => importResponseTable(ctx, req.params.id, table));
    },
  );
  app.get(
    '/survey/surveys/:id/respondents.csv',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      const { csv, rows } = await scoredRespondentsCsv(readContext(req), req.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(`调查答卷评分-${req.params.id}.csv`))
        .header('x-row-count', String(rows))
        .send(`\uFEFF${csv}`);
    },
  );
  app.get(
    '/survey/surveys/:id/analysis',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req) => surveyAnalysis(readContext(req), req.params.id),
  );
  app.get(
    '/survey/surveys/:id/analysis.csv',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      const { csv, rows } = await surveyAnalysisFile(readContext(req), req.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(`调查分析文件-${req.params.id}.csv`))
        .header('x-row-count', String(rows))
        .send(csv);
    },
  );
  app.get(
    '/survey/surveys/:id/margins.csv',
    { config: { access: 'survey.analyse' }, schema: { tags, params: idParams } },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachment(`调查加权边际-${req.params.id}.csv`))
        .send(surveyMarginsFile(readContext(req))),
  );
}
