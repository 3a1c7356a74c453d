// All survey routes (issue 11), registered as one plugin, and the job that deletes answers past their retention.
import type { FastifyInstance } from 'fastify';
import { scheduleSurveyPurgeJob } from '../../survey/purge-job.ts';
import { fieldworkRoutes } from './fieldwork.routes.ts';
import { respondRoutes } from './respond.routes.ts';
import { responseRoutes } from './responses.routes.ts';
import { surveyRoutes } from './surveys.routes.ts';

export async function surveyCapabilityRoutes(app: FastifyInstance) {
  for (const routes of [surveyRoutes, fieldworkRoutes, respondRoutes, responseRoutes])
    await app.register(routes);
  scheduleSurveyPurgeJob(app);
}
