// An in-process job run a few seconds after start-up and then daily (the survey's and the services' purges).
// TODO(issue 17): the job queue takes these over.
import type { FastifyInstance } from 'fastify';

const DAY = 86_400_000;
const START_DELAY = 7_000;

export function scheduleDailyJob(app: FastifyInstance, name: string, run: () => Promise<unknown>): void {
  let first: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  const guarded = () => run().catch((e) => app.log.error(e, `${name} failed`));
  app.addHook('onReady', async () => {
    // a few seconds after start-up, so it does not compete with the first requests
    first = setTimeout(guarded, START_DELAY);
    first.unref();
    timer = setInterval(guarded, DAY);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearTimeout(first);
    clearInterval(timer);
  });
}
