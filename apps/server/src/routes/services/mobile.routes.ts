// Mobile units (科普大篷车, 流动科技馆 sets) and their tour stops: the registry (office), a stop planned and reported by
// the host unit, the stop's district or the office (its visitors to the ledger), voided with a reason by the office.
import {
  createMobileUnit,
  mobileUnitSchema,
  mobileUnits,
  planTourStop,
  reportTourStop,
  stopReportSchema,
  tourStopSchema,
  voidSchema,
  voidTourStop,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['services'];

export async function mobileRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/svc/mobile-units', { config: { access: 'svc.ledger.read' }, schema: { tags } }, async (req) =>
    mobileUnits(readContext(req)),
  );
  app.post(
    '/svc/mobile-units',
    { config: { access: 'svc.venues' }, schema: { tags, body: mobileUnitSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => createMobileUnit(ctx, req.body))),
  );
  app.post(
    '/svc/mobile-units/:id/stops',
    { config: { access: 'svc.file' }, schema: { tags, params: idParams, body: tourStopSchema } },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(req, (ctx) => planTourStop(ctx, req.params.id, req.body))),
  );
  app.post(
    '/svc/tour-stops/:id/report',
    { config: { access: 'svc.file' }, schema: { tags, params: idParams, body: stopReportSchema } },
    async (req) => inTransaction(req, (ctx) => reportTourStop(ctx, req.params.id, req.body)),
  );
  app.post(
    '/svc/tour-stops/:id/void',
    { config: { access: 'svc.ledger.void' }, schema: { tags, params: idParams, body: voidSchema } },
    async (req) => inTransaction(req, (ctx) => voidTourStop(ctx, req.params.id, req.body.reason)),
  );
}
