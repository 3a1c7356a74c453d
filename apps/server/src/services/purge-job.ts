// The services' purge job: at start-up and daily, clear the personal data of registrations past their retention.
import { inUseCase } from '@kepu/db';
import { purgeRegistrationAnswers } from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import { scheduleDailyJob } from '../daily-job.ts';

/** One run as the system (no actor) on the app's clock; answers the activities cleared with their counts. */
export async function runServicesPurgeJob(app: FastifyInstance) {
  const { db, clock } = app.kepu;
  return inUseCase(db, null, clock, purgeRegistrationAnswers);
}

export const scheduleServicesPurgeJob = (app: FastifyInstance) =>
  scheduleDailyJob(app, 'services purge job', () => runServicesPurgeJob(app));
