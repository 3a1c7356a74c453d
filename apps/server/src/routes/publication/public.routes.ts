// Open data, no session: the newest release's snapshot, each data set as CSV (UTF-8 with BOM) and JSON at stable URLs,
// and the DCAT-style catalogue; all cacheable (ETag per release, Cache-Control), the same bytes for every reader.
import { catalogue, dataSetCsv, dataSetJson, publicSet, publicSetNames } from '@kepu/domain/publication';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { releaseFor, sendPublic } from '../../publication/public-cache.ts';
import { yearParam } from '../params.ts';

const tags = ['public'];
const config = { access: 'public' as const };
const querystring = z.object({ year: yearParam.optional() });
const JSON_TYPE = 'application/json; charset=utf-8';

export async function publicDataRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/public/release', { config, schema: { tags, querystring } }, async (req, reply) => {
    const r = await releaseFor(req, req.query.year);
    const { snapshot, version, publishedAt } = r;
    return sendPublic(req, reply, {
      key: `pub-${r.id}-release`,
      type: JSON_TYPE,
      body: () => JSON.stringify({ version, modified: publishedAt, ...snapshot }),
    });
  });
  app.get('/public/catalog', { config, schema: { tags, querystring } }, async (req, reply) => {
    const r = await releaseFor(req, req.query.year);
    const base = `${req.protocol}://${req.host}`;
    return sendPublic(req, reply, {
      key: `pub-${r.id}-catalog-${Buffer.from(base).toString('base64url')}`,
      type: JSON_TYPE,
      body: () => JSON.stringify(catalogue(r, base)),
    });
  });
  app.get(
    '/public/data/:file',
    {
      config,
      schema: {
        tags,
        querystring,
        params: z.object({
          file: z
            .string()
            .regex(new RegExp(`^(${publicSetNames.join('|')})\\.(csv|json)$`), 'a data set name and .csv or .json'),
        }),
      },
    },
    async (req, reply) => {
      const [name, format] = req.params.file.split('.') as [string, 'csv' | 'json'];
      const set = publicSet(name);
      if (!set) throw new Error(`unreachable: ${name}`);
      const r = await releaseFor(req, req.query.year);
      if (format === 'csv')
        reply.header('content-disposition', `inline; filename="${name}-${r.year}.csv"`);
      return sendPublic(req, reply, {
        key: `pub-${r.id}-${name}.${format}`,
        type: format === 'csv' ? 'text/csv; charset=utf-8' : JSON_TYPE,
        body: () => (format === 'csv' ? dataSetCsv(set, r) : JSON.stringify(dataSetJson(set, r))),
      });
    },
  );
}
