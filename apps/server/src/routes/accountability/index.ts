// Accountability routes (督促检查) under /api/acc, with multipart uploads for evidence and the notification job.
import multipart from '@fastify/multipart';
import { MAX_EVIDENCE_BYTES } from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import { scheduleNotificationJob } from '../../accountability/notification-job.ts';
import { boardRoutes } from './board.routes.ts';
import { exportRoutes } from './exports.routes.ts';
import { inspectionRoutes } from './inspections.routes.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { outboxRoutes } from './outbox.routes.ts';
import { reportRoutes } from './reports.routes.ts';
import { roundRoutes } from './rounds.routes.ts';
import { unitAreaRoutes } from './units.routes.ts';
import { workItemRoutes } from './work-items.routes.ts';

export async function accountabilityRoutes(app: FastifyInstance) {
  // scoped to this plugin: one file per request, nothing else in the form
  await app.register(multipart, {
    // keep the name as sent so `../../x` is refused rather than silently shortened
    preservePath: true,
    limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 5, parts: 6 },
  });
  for (const routes of [
    roundRoutes,
    workItemRoutes,
    reportRoutes,
    boardRoutes,
    inspectionRoutes,
    notificationRoutes,
    outboxRoutes,
    exportRoutes,
    unitAreaRoutes,
  ]) {
    await app.register(routes);
  }
  scheduleNotificationJob(app);
}
