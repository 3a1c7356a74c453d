// The in-process purge job: at start-up and daily, delete the answers of surveys whose retention has ended.
import { inUseCase } from '@kepu/db';
import { purgeExpiredAnswers } from '@kepu/domain/survey';
import type { FastifyInstance } from 'fastify';

const DAY = 86_400_000;
const START_DELAY = 7_000;

/** One run as the system (no actor) on the app's clock; answers the surveys purged with their deleted counts. */
export async function runSurveyPurgeJob(app: FastifyInstance) {
  const { db, clock } = app.kepu;
  return inUseCase(db, null, clock, purgeExpiredAnswers);
}

export function scheduleSurveyPurgeJob(app: FastifyInstance): void {
  let first: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  const run = () => runSurveyPurgeJob(app).catch((e) => app.log.error(e, 'survey purge job failed'));
  app.addHook('onReady', async () => {
    // a few seconds after start-up, so it does not compete with the first requests
    first = setTimeout(run, START_DELAY);
    first.unref();
    timer = setInterval(run, DAY);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(timer);
  });
}
