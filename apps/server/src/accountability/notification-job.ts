// The notification job (on the job queue, jobs.ts): at start-up and hourly, store the calendar notifications due by
// today, then mail.
import { inUseCase, listPlans, loadPlanBundle } from '@kepu/db';
import { syncCalendarNotifications, withLocalUnits } from '@kepu/domain/accountability';
import type { FastifyInstance } from 'fastify';
import { mailSettings, queueMail, sendQueuedMail } from './mail.ts';

/** One run as the system (no actor) on the app's clock; returns how many notifications were new. */
export async function runNotificationJob(app: FastifyInstance): Promise<number> {
  const { db, clock } = app.kepu;
  let added = 0;
  // every jurisdiction the installation serves (issue 13), each with its current plan
  for (const plan of (await listPlans(db)).filter((p) => p.is_current)) {
    const bundle = await loadPlanBundle(db, plan.id);
    if (!bundle) continue;
    // local units (a district government, say) own work items too, so they are owed the same reminders
    added += await inUseCase(db, null, clock, async (ctx) =>
      syncCalendarNotifications({ ...ctx, plan: await withLocalUnits(ctx, bundle) }),
    );
  }
  await queueMail(db);
  await sendQueuedMail(db, mailSettings(), clock);
  return added;
}

export function scheduleNotificationJob(app: FastifyInstance): void {
  // unusable SMTP settings stop the start-up with the variable's name, not the first send
  app.addHook('onReady', async () => void mailSettings());
  app.jobs.define({
    name: 'accountability.notifications',
    cron: '0 * * * *',
    atStart: true,
    run: () => runNotificationJob(app),
  });
}
