// The registrants' messages job (on the job queue, jobs.ts): every 10 minutes, queue the reminders of sessions starting
// within a day and the notices of seats freed for the waitlist, and send what is unsent through the SMS gateway.
import { inUseCase } from '@kepu/db';
import { deliverServiceMessages } from '@kepu/domain/services';
import type { FastifyInstance } from 'fastify';
import { type SmsSettings, smsSender, smsSettings } from './sms.ts';

/** One run as the system; null when no gateway is set (nothing is queued then). */
export async function runServiceMessagesJob(
  app: FastifyInstance,
  settings: SmsSettings | null = smsSettings(),
) {
  if (!settings) return null;
  const { db, clock } = app.kepu;
  return deliverServiceMessages(
    (fn) => inUseCase(db, null, clock, fn),
    smsSender(settings),
    settings.signature,
  );
}

export function scheduleServiceMessagesJob(app: FastifyInstance): void {
  // a bad KEPU_SMS_URL stops the start-up with the variable's name, not the first reminder
  app.addHook('onReady', async () => void smsSettings());
  app.jobs.define({
    name: 'services.messages',
    cron: '*/10 * * * *',
    atStart: true,
    run: () => runServiceMessagesJob(app),
  });
}
