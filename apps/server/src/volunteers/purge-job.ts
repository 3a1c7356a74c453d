// The volunteers' purge job (on the job queue, jobs.ts): at start-up and nightly, erase those who asked for deletion
// and clear each personal field past its retention (vol_field_retention; docs/volunteers.md).
import { inUseCase } from '@kepu/db';
import { purgeOnSchedule } from '@kepu/domain/volunteers';
import type { FastifyInstance } from 'fastify';

/** One run as the system (no actor) on the app's clock; answers the volunteers erased and the fields cleared. */
export async function runVolunteersPurgeJob(app: FastifyInstance) {
  const { db, clock } = app.kepu;
  return inUseCase(db, null, clock, purgeOnSchedule);
}

export const scheduleVolunteersPurgeJob = (app: FastifyInstance) =>
  app.jobs.define({
    name: 'volunteers.purge',
    cron: '30 3 * * *',
    atStart: true,
    run: () => runVolunteersPurgeJob(app),
  });
