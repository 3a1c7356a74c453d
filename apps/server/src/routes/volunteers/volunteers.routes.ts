// Staff: the volunteers list (phones masked), one volunteer's personal fields (an audited read), the purge.
import { listVolunteers, presentVolunteer, purgeVolunteers, volunteerDetail } from '@kepu/domain/volunteers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['volunteers'];
const purgeSchema = z.strictObject({ retentionDays: z.number().int().min(30).max(3650).default(1095) });

export async function volunteerRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/vol/volunteers', { config: { access: 'vol.read' }, schema: { tags } }, async (req) =>
    (await listVolunteers(readContext(req))).map(presentVolunteer),
  );
  // a POST: reading the personal fields writes an audit entry
  app.post(
    '/vol/volunteers/:id/personal',
    { config: { access: 'vol.manage' }, schema: { tags, params: idParams } },
    async (req) => inTransaction(req, (ctx) => volunteerDetail(ctx, req.params.id)),
  );
  app.post(
    '/vol/purge',
    { config: { access: 'vol.settings' }, schema: { tags, body: purgeSchema } },
    async (req) => inTransaction(req, (ctx) => purgeVolunteers(ctx, req.body.retentionDays)),
  );
}
