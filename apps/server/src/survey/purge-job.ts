// The in-process purge job: at start-up and daily, delete the answers of surveys whose retention has ended.
import { inUseCase } from '@kepu/db';
import { purgeExpiredAnswers } from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';
import { scheduleDailyJob } from '../daily-job.ts';

/** One run as the system (no actor) on the app's clock; answers the surveys purged with their deleted counts. */
export async function runSurveyPurgeJob(app: FastifyInstance) {
  const { db, clock } = app.kepu;
  return inUseCase(db, null, clock, purgeExpiredAnswers);
}

export const scheduleSurveyPurgeJob = (app: FastifyInstance) =>
  scheduleDailyJob(app, 'survey purge job', () => runSurveyPurgeJob(app));
