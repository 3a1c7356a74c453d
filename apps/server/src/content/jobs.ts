// The content's jobs (on the job queue, jobs.ts): the emergency fan-out (started at once when the office signs a pack
// off, and every five minutes after, so a unit added meanwhile still hears of it; each unit is notified once), and
// the day's reads written to the participation ledger each night.
import { inUseCase } from '@kepu/db';
import { notifyEmergency, readsToLedger } from '@kepu/domain/content';
import type { FastifyInstance } from 'fastify';

/** The content's job names (the queue's). */
export const contentJobs = { emergency: 'content.emergency', reads: 'content.reads' } as const;

/** Notifies every unit of the jurisdiction of each emergency under way; answers how many notifications were new. */
export async function runEmergencyFanOut(app: FastifyInstance) {
  const { db, clock, jurisdiction } = app.kepu;
  return inUseCase(db, null, clock, async (ctx) => {
    let sent = 0;
    for (const e of await ctx.stores.cnt.emergencies({ active: true }))
      sent += await notifyEmergency(ctx, e.id, jurisdiction);
    return sent;
  });
}

export async function runReadsToLedger(app: FastifyInstance) {
  const { db, clock, jurisdiction } = app.kepu;
  return inUseCase(db, null, clock, (ctx) => readsToLedger(ctx, jurisdiction));
}

export function scheduleContentJobs(app: FastifyInstance) {
  app.jobs.define({
    name: contentJobs.emergency,
    cron: '*/5 * * * *',
    atStart: true,
    run: () => runEmergencyFanOut(app),
  });
  app.jobs.define({
    name: contentJobs.reads,
    cron: '30 3 * * *',
    atStart: true,
    run: () => runReadsToLedger(app),
  });
}
