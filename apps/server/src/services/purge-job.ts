// The services' purge job (on the job queue, jobs.ts): at start-up and nightly, clear the personal data of registrations past their retention.
import { inUseCase } from '@kepu/db';
import { purgeRegistrationAnswers } from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';

/** One run as the system (no actor) on the app's clock; answers the activities cleared with their counts. */
export async function runServicesPurgeJob(app: FastifyInstance) {
  const { db, clock } = app.kepu;
  return inUseCase(db, null, clock, purgeRegistrationAnswers);
}

export const scheduleServicesPurgeJob = (app: FastifyInstance) =>
  app.jobs.define({
    name: 'services.purge',
    cron: '20 3 * * *',
    atStart: true,
    run: () => runServicesPurgeJob(app),
  });
