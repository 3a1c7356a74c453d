// Inspections and rectification items: record (office), list, owner responds, office closes or reopens.
import {
  closeRectification,
  inspectionInputSchema,
  inspectionsView,
  recordInspection,
  rectificationCloseSchema,
  rectificationReopenSchema,
  rectificationResponseSchema,
  reopenRectification,
  respondRectification,
} from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accRead, accTransaction } from '../../accountability/acc-context.ts';
import { idParams } from '../params.ts';

const tags = ['accountability'];

export async function inspectionRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const office = { config: { access: 'acc.manage' as const } };

  // Liaisons see their own unit's items; office, viewers and district admins see all inspections.
  app.get('/acc/inspections', { config: { access: 'signed-in' }, schema: { tags } }, (req) =>
    accRead(req, inspectionsView),
  );

  app.post(
    '/acc/inspections',
    { ...office, schema: { tags, body: inspectionInputSchema } },
    async (req, reply) =>
      reply.status(201).send(await accTransaction(req, (ctx) => recordInspection(ctx, req.body))),
  );

  // the owner unit's liaison (or the office) answers
  app.post(
    '/acc/rectifications/:id/respond',
    {
      config: { access: 'acc.file' },
      schema: { tags, params: idParams, body: rectificationResponseSchema },
    },
    (req) => accTransaction(req, (ctx) => respondRectification(ctx, req.params.id, req.body.response)),
  );
  app.post(
    '/acc/rectifications/:id/close',
    { ...office, schema: { tags, params: idParams, body: rectificationCloseSchema } },
    (req) => accTransaction(req, (ctx) => closeRectification(ctx, req.params.id, req.body.note)),
  );
  app.post(
    '/acc/rectifications/:id/reopen',
    { ...office, schema: { tags, params: idParams, body: rectificationReopenSchema } },
    (req) => accTransaction(req, (ctx) => reopenRectification(ctx, req.params.id, req.body.reason)),
  );
}
