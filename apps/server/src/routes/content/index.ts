// All content routes (issue 17, part 1), registered as one plugin, and the content's jobs.
import type { FastifyInstance } from 'fastify';
import { scheduleContentJobs } from '../../content/jobs.ts';
import { emergencyRoutes } from './emergency.routes.ts';
import { publicContentRoutes } from './public.routes.ts';
import { reviewRoutes } from './reviews.routes.ts';
import { workRoutes } from './works.routes.ts';

export async function contentRoutes(app: FastifyInstance) {
  scheduleContentJobs(app);
  for (const routes of [workRoutes, reviewRoutes, emergencyRoutes, publicContentRoutes])
    await app.register(routes);
}
