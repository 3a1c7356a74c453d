// Every data set by codes as CSV or JSON, out and in; `?dryRun=true` reports what an import would change without
// changing it. `/indicators/export` and `/indicators/import` (no set) are the values, as before. Which sets a user may
// export or import is the set's scope of `ind.export` / `ind.import`, checked by the use-case.
import { dataSetNames, exportSet, importSet } from '@kepu/domain/indicators';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { yearParam } from '../params.ts';

const tags = ['indicators'];
const exportQuery = z.object({ year: yearParam.optional(), format: z.enum(['csv', 'json']).default('json') });
const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  year: yearParam.optional(),
});
const setParam = z.object({ set: z.enum(dataSetNames) });
const MAX_FILE = 20 * 1024 * 1024;

async function send(
  reply: FastifyReply,
  out: { body: unknown; count: number },
  set: string,
  q: z.infer<typeof exportQuery>,
) {
  reply.header('x-row-count', String(out.count));
  if (q.format === 'json') return out.body;
  const name = set === 'values' ? `kepu-values-${q.year}` : `kepu-${set}${q.year ? `-${q.year}` : ''}`;
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(`\uFEFF${out.body}`);
}

export async function exchangeRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_FILE }, (_req, body, done) =>
    done(null, body),
  );
  app.get(
    '/indicators/export',
    {
      config: { access: 'ind.export' },
      schema: { tags, querystring: exportQuery.extend({ year: yearParam }) },
    },
    async (req, reply) =>
      send(
        reply,
        await exportSet(readContext(req), 'values', req.query.year, req.query.format),
        'values',
        req.query,
      ),
  );
  app.get(
    '/indicators/export/:set',
    { config: { access: 'ind.export' }, schema: { tags, params: setParam, querystring: exportQuery } },
    async (req, reply) =>
      send(
        reply,
        await exportSet(readContext(req), req.params.set, req.query.year ?? null, req.query.format),
        req.params.set,
        req.query,
      ),
  );
  app.post(
    '/indicators/import',
    { config: { access: 'ind.import' }, bodyLimit: MAX_FILE, schema: { tags, querystring: importQuery } },
    async (req) =>
      inTransaction(req, (ctx) =>
        importSet(ctx, 'values', req.body, req.query.year ?? null, req.query.dryRun === 'true'),
      ),
  );
  app.post(
    '/indicators/import/:set',
    {
      config: { access: 'ind.import' },
      bodyLimit: MAX_FILE,
      schema: { tags, params: setParam, querystring: importQuery },
    },
    async (req) =>
      inTransaction(req, (ctx) =>
        importSet(ctx, req.params.set, req.body, req.query.year ?? null, req.query.dryRun === 'true'),
      ),
  );
}
