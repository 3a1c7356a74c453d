// The server's scheduled jobs (the hourly notifications, the nightly purges, the activity reminders) on pg-boss: a
// maintained job queue kept in the database itself (schema kepu_jobs), on PostgreSQL and on embedded PGlite alike.
// Its jobs and schedules are rows: a restarted server finds the job it was given before it stopped, a run that fails is
// retried, and several servers on one PostgreSQL run each job once.
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';

export interface JobDefinition {
  /** `<capability>.<job>`: the queue's name. */
  name: string;
  /** When it runs: a cron expression in the jurisdiction's time zone. */
  cron: string;
  /** Also once shortly after start-up, so a server that was down does not wait for the next slot to catch up. */
  atStart?: boolean;
  run(): Promise<unknown>;
}

/** What the queue keeps its rows in: DatabaseHandle.executeSql. */
export interface JobDatabase {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface JobQueueOptions {
  database: JobDatabase;
  /** Seconds after start-up that `atStart` jobs wait (default 5: not competing with the first requests). */
  startDelaySeconds?: number;
  /** How often an idle worker asks for work (default 5 s). */
  pollingSeconds?: number;
}

export const JOB_SCHEMA = 'kepu_jobs';

/** The jobs the capabilities define while their routes register; started with the server when it has a queue. */
export class ServerJobs {
  readonly definitions: JobDefinition[] = [];
  private boss: PgBoss | null = null;

  define(job: JobDefinition): void {
    if (this.definitions.some((d) => d.name === job.name))
      throw new Error(`job ${job.name} is defined twice`);
    this.definitions.push(job);
  }

  async start(o: JobQueueOptions, timeZone: string, log: FastifyBaseLogger): Promise<void> {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => o.database.executeSql(text, values) },
      schema: JOB_SCHEMA,
      // a run that fails is tried twice more, a minute apart and then longer
      retryLimit: 2,
      retryDelay: 60,
      retryBackoff: true,
      // finished jobs are kept a week for a look at what ran, then deleted
      deleteAfterDays: 7,
    });
    boss.on('error', (e) => log.error(e, 'job queue'));
    await boss.start();
    this.boss = boss;
    const names = new Set(this.definitions.map((d) => d.name));
    // a job no longer defined (a renamed one, say) keeps no schedule
    for (const s of await boss.getSchedules()) if (!names.has(s.name)) await boss.unschedule(s.name);
    for (const job of this.definitions) {
      // stately: at most one run waiting and one running, so a slow run is never overtaken by the next
      if (!(await boss.getQueue(job.name)))
        await boss.createQueue(job.name, { name: job.name, policy: 'stately' });
      await boss.schedule(job.name, job.cron, {}, { tz: timeZone });
      await boss.work(job.name, { pollingIntervalSeconds: o.pollingSeconds ?? 5 }, async () => {
        try {
          await job.run();
        } catch (e) {
          log.error(e, `${job.name} failed`);
          throw e;
        }
      });
      if (job.atStart) await boss.send(job.name, {}, { startAfter: o.startDelaySeconds ?? 5 });
    }
  }

  /** Runs a defined job now: queued at once on a running queue, else (a server without one: the tests' apps, the
   *  CLI) run here before answering. */
  async runSoon(name: string): Promise<void> {
    const job = this.definitions.find((d) => d.name === name);
    if (!job) throw new Error(`no job ${name}`);
    if (this.boss) await this.boss.send(name, {});
    else await job.run();
  }

  /** Waits for the runs under way (up to 20 s), then stops asking for work. */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 20_000 });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    jobs: ServerJobs;
  }
}
