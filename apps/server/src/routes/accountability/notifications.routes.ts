// In-app notifications of a liaison's unit (calendar ones are brought up to date on read), and marking them read.
import { DomainError } from '@kepu/domain';
import { listNotifications, listOutbox, markNotificationsRead } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentPlan,
  idParam,
  requireUnit,
  syncCalendarNotifications,
} from '../../accountability/acc-request.ts';
import { mailSettings } from '../../accountability/mail.ts';

const tags = ['accountability'];

export async function notificationRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get('/acc/notifications', { ...signedIn, schema: { tags } }, async (req) => {
    const unitId = requireUnit(req);
    await syncCalendarNotifications(app.kepu.db, await currentPlan(req));
    return listNotifications(app.kepu.db, unitId);
  });

  app.post(
    '/acc/notifications/read',
    {
      ...signedIn,
      schema: { tags, body: z.strictObject({ ids: z.union([z.literal('all'), z.array(idParam).max(500)]) }) },
    },
    async (req) => {
      const unitId = requireUnit(req);
      return { updated: await markNotificationsRead(app.kepu.db, unitId, req.body.ids) };
    },
  );

  app.get(
    '/acc/outbox',
    {
      ...signedIn,
      schema: { tags, querystring: z.object({ state: z.enum(['pending', 'sent', 'failed']).optional() }) },
    },
    async (req) => {
      if (req.actor?.role !== 'office')
        throw new DomainError('auth.forbidden', 'only the office sees the email outbox');
      const rows = await listOutbox(app.kepu.db, req.query.state);
      return {
        enabled: mailSettings() !== null,
        items: rows.map((r) => ({
          id: r.id,
          to: r.to_address,
          subject: r.subject,
          state: r.state,
          attempts: r.attempts,
          lastError: r.last_error,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );
}
