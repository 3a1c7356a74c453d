// Every data set by codes as CSV or JSON, out and in; `?dryRun=true` reports what an import would change without
// changing it. `/indicators/export` and `/indicators/import` (no set) are the values, as before.

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dataSetNames, exportSet, importSet } from '../../indicators/exchange/sets.ts';
import { inIndTransaction, readCtx } from '../../indicators/tx.ts';

const tags = ['indicators'];
const year = z.coerce.number().int().min(2000).max(2100);
const exportQuery = z.object({ year: year.optional(), format: z.enum(['csv', 'json']).default('json') });
const importQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false'), year: year.optional() });
const setParam = z.object({ set: z.enum(dataSetNames) });

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
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.get(
    '/indicators/export',
    { config: { access: 'signed-in' }, schema: { tags, querystring: exportQuery.extend({ year }) } },
    async (req, reply) =>
      send(reply, await exportSet(readCtx(req), 'values', req.query.year, req.query.format), 'values', req.query),
  );
  app.get(
    '/indicators/export/:set',
    { config: { access: 'signed-in' }, schema: { tags, params: setParam, querystring: exportQuery } },
    async (req, reply) =>
      send(
        reply,
        await exportSet(readCtx(req), req.params.set, req.query.year ?? null, req.query.format),
        req.params.set,
        req.query,
      ),
  );
  app.post(
    '/indicators/import',
    { config: { access: 'signed-in' }, bodyLimit: 20 * 1024 * 1024, schema: { tags, querystring: importQuery } },
    async (req) =>
      inIndTransaction(req, (ctx) =>
        importSet(ctx, 'values', req.body, req.query.year ?? null, req.query.dryRun === 'true'),
      ),
  );
  app.post(
    '/indicators/import/:set',
    {
      config: { access: 'signed-in' },
      bodyLimit: 20 * 1024 * 1024,
      schema: { tags, params: setParam, querystring: importQuery },
    },
    async (req) =>
      inIndTransaction(req, (ctx) =>
        importSet(ctx, req.params.set, req.body, req.query.year ?? null, req.query.dryRun === 'true'),
      ),
  );
}
