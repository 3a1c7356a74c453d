// All public-services routes (issue 15), registered as one plugin.
import type { FastifyInstance } from 'fastify';
import { scheduleServiceMessagesJob } from '../../services/messages-job.ts';
import { scheduleServicesPurgeJob } from '../../services/purge-job.ts';
import { activityRoutes } from './activities.routes.ts';
import { checkinRoutes } from './checkin.routes.ts';
import { ledgerRoutes } from './ledger.routes.ts';
import { mobileRoutes } from './mobile.routes.ts';
import { publicRoutes } from './public.routes.ts';
import { venueReportRoutes } from './venue-reports.routes.ts';
import { venueRoutes } from './venues.routes.ts';

export async function servicesRoutes(app: FastifyInstance) {
  for (const routes of [
    activityRoutes,
    publicRoutes,
    checkinRoutes,
    ledgerRoutes,
    venueRoutes,
    venueReportRoutes,
    mobileRoutes,
  ])
    await app.register(routes);
  scheduleServicesPurgeJob(app);
  scheduleServiceMessagesJob(app);
}
