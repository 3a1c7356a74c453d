// The reader's unit's notifications (calendar ones brought up to date on read); marking them read, per user.
import { markNotificationsRead, myNotifications } from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accTransaction } from '../../accountability/acc-context.ts';
import { inTransaction } from '../../context.ts';
import { idParam } from '../params.ts';

const tags = ['accountability'];

export async function notificationRoutes(base: FastifyInstance) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // any signed-in user who acts for a unit (the use-case checks that the user has one)
  const unitReaders = { config: { access: 'acc.notifications' as const } };

  // reading stores the calendar notifications due by today, so it runs in a transaction
  app.get('/acc/notifications', { ...unitReaders, schema: { tags } }, (req) =>
    accTransaction(req, myNotifications),
  );

  app.post(
    '/acc/notifications/read',
    {
      ...unitReaders,
      schema: { tags, body: z.strictObject({ ids: z.union([z.literal('all'), z.array(idParam).max(500)]) }) },
    },
    (req) => inTransaction(req, (ctx) => markNotificationsRead(ctx, req.body.ids)),
  );
}
