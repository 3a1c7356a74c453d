// Check-in for staff: the door list, one scan or a batch of offline scans (each with its nonce), walk-ins by group.
import {
  applyScans,
  doorList,
  presentRegistration,
  recordWalkIns,
  scanBatchSchema,
  scanSchema,
  walkInSchema,
} from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction, readContext } from '../../context.ts';
import { idParams } from '../params.ts';

const tags = ['services'];
/** A batch of queued scans is large; 5,000 scans of ~120 bytes each. */
const bodyLimit = 2 * 1024 * 1024;

export async function checkinRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/svc/sessions/:id/door',
    { config: { access: 'svc.checkin' }, schema: { tags, params: idParams } },
    async (req) => {
      const d = await doorList(readContext(req), req.params.id);
      return {
        session: d.session,
        activity: { id: d.activity.id, title: d.activity.title },
        registrations: d.registrations.map((r) => ({ ...presentRegistration(r), ticketHash: r.tokenHash })),
      };
    },
  );
  app.post(
    '/svc/sessions/:id/scans',
    { config: { access: 'svc.checkin' }, schema: { tags, params: idParams, body: scanSchema } },
    async (req) => {
      const r = await inTransaction(req, (ctx) => applyScans(ctx, req.params.id, [req.body]));
      return r.outcomes[0];
    },
  );
  app.post(
    '/svc/sessions/:id/sync',
    {
      bodyLimit,
      config: { access: 'svc.checkin' },
      schema: { tags, params: idParams, body: scanBatchSchema },
    },
    async (req) => {
      const r = await inTransaction(req, (ctx) => applyScans(ctx, req.params.id, req.body.scans));
      return { counts: r.counts, outcomes: r.outcomes };
    },
  );
  app.post(
    '/svc/sessions/:id/walk-ins',
    { config: { access: 'svc.checkin' }, schema: { tags, params: idParams, body: walkInSchema } },
    async (req) => inTransaction(req, (ctx) => recordWalkIns(ctx, req.params.id, req.body)),
  );
}
