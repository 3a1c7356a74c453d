// Staff: the CSV files for the national volunteer platforms (volunteers, service hours) by the office's column
// mapping, UTF-8 with a BOM, personal fields only in the office's export, every export audited; the mapping itself;
// the retention per personal field.
import {
  exportFileParams,
  fieldRetention,
  fieldRetentionSchema,
  nationalExport,
  nationalMapping,
  nationalMappingSchema,
  setFieldRetention,
  setNationalMapping,
} from '@kepu/domain/volunteers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { attachment } from '../attachment.ts';

const tags = ['volunteers'];
const fileNames = { volunteers: '全国志愿服务平台-志愿者', hours: '全国志愿服务平台-服务时长' };

export async function nationalRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/vol/national-export/mapping', { config: { access: 'vol.read' }, schema: { tags } }, async (req) =>
    nationalMapping(readContext(req)),
  );
  app.put(
    '/vol/national-export/mapping',
    { config: { access: 'vol.settings' }, schema: { tags, body: nationalMappingSchema } },
    async (req) => inTransaction(req, (ctx) => setNationalMapping(ctx, req.body)),
  );
  // a GET that writes: the export is audited
  app.get(
    '/vol/national-export/:file',
    { config: { access: 'vol.manage' }, schema: { tags, params: exportFileParams } },
    async (req, reply) => {
      const { csv } = await inTransaction(req, (ctx) => nationalExport(ctx, req.params.file));
      const day = req.server.kepu.clock.today();
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`${fileNames[req.params.file]}-${day}.csv`))
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
  app.get('/vol/retention', { config: { access: 'vol.read' }, schema: { tags } }, async (req) =>
    fieldRetention(readContext(req)),
  );
  app.put(
    '/vol/retention',
    { config: { access: 'vol.settings' }, schema: { tags, body: fieldRetentionSchema } },
    async (req) => inTransaction(req, (ctx) => setFieldRetention(ctx, req.body)),
  );
}
