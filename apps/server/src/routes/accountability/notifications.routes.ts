// In-app notifications of a liaison's unit (calendar ones are brought up to date on read), each user's read state,
// and marking them read for that user only.
import { listNotifications, markNotificationsRead } from '@kepu/db';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentPlan,
  idParam,
  requireUnit,
  syncCalendarNotifications,
} from '../../accountability/acc-request.ts';

const tags = ['accountability'];

export async function notificationRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const signedIn = { config: { access: 'signed-in' as const } };

  app.get('/acc/notifications', { ...signedIn, schema: { tags } }, async (req) => {
    const unitId = requireUnit(req);
    await syncCalendarNotifications(app.kepu.db, await currentPlan(req));
    return listNotifications(app.kepu.db, unitId, req.actor?.userId as number);
  });

  app.post(
    '/acc/notifications/read',
    {
      ...signedIn,
      schema: { tags, body: z.strictObject({ ids: z.union([z.literal('all'), z.array(idParam).max(500)]) }) },
    },
    async (req) => {
      const unitId = requireUnit(req);
      const userId = req.actor?.userId as number;
      return { updated: await markNotificationsRead(app.kepu.db, unitId, userId, req.body.ids) };
    },
  );
}
