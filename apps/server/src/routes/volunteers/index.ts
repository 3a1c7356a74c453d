// All volunteers' routes (issue 16), registered as one plugin.
import type { FastifyInstance } from 'fastify';
import { scheduleVolunteersPurgeJob } from '../../volunteers/purge-job.ts';
import { certificateRoutes } from './certificates.routes.ts';
import { hourRoutes } from './hours.routes.ts';
import { nationalRoutes } from './national.routes.ts';
import { opportunityRoutes } from './opportunities.routes.ts';
import { publicVolunteerRoutes } from './public.routes.ts';
import { teamRoutes } from './teams.routes.ts';
import { volunteerRoutes } from './volunteers.routes.ts';

export async function volunteersRoutes(app: FastifyInstance) {
  for (const routes of [
    teamRoutes,
    volunteerRoutes,
    opportunityRoutes,
    hourRoutes,
    certificateRoutes,
    publicVolunteerRoutes,
    nationalRoutes,
  ])
    await app.register(routes);
  scheduleVolunteersPurgeJob(app);
}
