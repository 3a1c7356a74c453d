// Values by codes as CSV or JSON, out and in; `?dryRun=true` reports what an import would change without changing it.

import { validationError } from '@kepu/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvToDoc, exportValues, importValues, valuesDocSchema } from '../../indicators/exchange.service.ts';
import { inIndTransaction, readCtx } from '../../indicators/tx.ts';

const tags = ['indicators'];

export async function exchangeRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.get(
    '/indicators/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          format: z.enum(['csv', 'json']).default('json'),
        }),
      },
    },
    async (req, reply) => {
      const out = await exportValues(readCtx(req), req.query.year, req.query.format);
      reply.header('x-row-count', String(out.count));
      if (req.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="kepu-values-${req.query.year}.csv"`)
          .send(`\uFEFF${out.body}`);
      }
      return out.body;
    },
  );
  app.post(
    '/indicators/import',
    {
      config: { access: 'signed-in' },
      bodyLimit: 20 * 1024 * 1024,
      schema: { tags, querystring: z.object({ dryRun: z.enum(['true', 'false']).default('false') }) },
    },
    async (req) => {
      const raw = req.body;
      let doc;
      if (typeof raw === 'string') doc = csvToDoc(raw);
      else {
        const parsed = valuesDocSchema.safeParse(raw);
        if (!parsed.success) throw validationError('validation.failed', parsed.error.issues, 'body');
        doc = parsed.data;
      }
      return inIndTransaction(req, (ctx) => importValues(ctx, doc, req.query.dryRun === 'true'));
    },
  );
}
