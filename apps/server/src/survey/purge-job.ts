// The survey's purge job (on the job queue, jobs.ts): at start-up and nightly, delete the answers of surveys whose retention has ended.
import { inUseCase } from '@kepu/db';
import { purgeExpiredAnswers } from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';

/** One run as the system (no actor) on the app's clock; answers the surveys purged with their deleted counts. */
export async function runSurveyPurgeJob(app: FastifyInstance) {
  const { db, clock } = app.kepu;
  return inUseCase(db, null, clock, purgeExpiredAnswers);
}

export const scheduleSurveyPurgeJob = (app: FastifyInstance) =>
  app.jobs.define({
    name: 'survey.purge',
    cron: '10 3 * * *',
    atStart: true,
    run: () => runSurveyPurgeJob(app),
  });
