// The job queue (pg-boss in the database, jobs.ts) on each engine: a server with a queue runs the capabilities' jobs at
// start-up and keeps their schedules in the jurisdiction's time zone; a job waiting when the server stops runs after
// it starts again; two servers on one database never both run the same job; a server without a queue runs none.
import type { DatabaseHandle } from '@kepu/db';
import { expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { JOB_SCHEMA, type JobDefinition } from '../src/jobs.ts';
import { seedDemo } from '../src/seed.ts';
import { engines } from './harness.ts';

const CAPABILITY_JOBS = [
  'accountability.notifications',
  'content.emergency',
  'content.reads',
  'services.messages',
  'services.purge',
  'survey.purge',
  'volunteers.purge',
];
const fast = { startDelaySeconds: 0, pollingSeconds: 0.5 };

function server(handle: DatabaseHandle, jobs: { startDelaySeconds: number; pollingSeconds: number } | null) {
  return buildApp({
    db: handle.db,
    engine: handle.engine,
    jurisdiction: '211100',
    version: 'test',
    demoData: true,
    ...(jobs ? { jobs: { database: handle, ...jobs } } : {}),
  });
}

const jobRows = async (handle: DatabaseHandle) =>
  (
    await handle.executeSql(
      `select id, name, state from ${JOB_SCHEMA}.job union all select id, name, state from ${JOB_SCHEMA}.archive
       order by name`,
    )
  ).rows as { id: string; name: string; state: string }[];

/** A job of the test's own that counts its runs. */
function counted(name: string): JobDefinition & { runs: number } {
  const job = {
    name,
    cron: '0 4 1 1 *',
    atStart: true,
    runs: 0,
    run: async () => {
      job.runs++;
    },
  };
  return job;
}

for (const { name, open } of engines) {
  it(`runs the capabilities' jobs at start-up and keeps their schedules on ${name}`, async () => {
    const handle = await open('demo');
    await seedDemo(handle.db);
    const app = await server(handle, fast);
    try {
      expect(app.jobs.definitions.map((d) => d.name).sort()).toEqual(CAPABILITY_JOBS);
      await app.ready();
      await expect
        .poll(async () => (await jobRows(handle)).filter((r) => r.state === 'completed').map((r) => r.name), {
          timeout: 30_000,
          interval: 250,
        })
        .toEqual(CAPABILITY_JOBS);
      const schedules = (
        await handle.executeSql(`select name, cron, timezone from ${JOB_SCHEMA}.schedule order by name`)
      ).rows;
      expect(schedules).toEqual([
        { name: 'accountability.notifications', cron: '0 * * * *', timezone: 'Asia/Shanghai' },
        { name: 'content.emergency', cron: '*/5 * * * *', timezone: 'Asia/Shanghai' },
        { name: 'content.reads', cron: '30 3 * * *', timezone: 'Asia/Shanghai' },
        { name: 'services.messages', cron: '*/10 * * * *', timezone: 'Asia/Shanghai' },
        { name: 'services.purge', cron: '20 3 * * *', timezone: 'Asia/Shanghai' },
        { name: 'survey.purge', cron: '10 3 * * *', timezone: 'Asia/Shanghai' },
        { name: 'volunteers.purge', cron: '30 3 * * *', timezone: 'Asia/Shanghai' },
      ]);
    } finally {
      await app.close();
      await handle.close();
    }
  });

  it(`runs a job that waited while the server was down once it starts again, on ${name}`, async () => {
    const handle = await open('demo');
    const durable = async () => (await jobRows(handle)).filter((r) => r.name === 'test.durable');
    try {
      // the first server queues the start-up run 60 s ahead and stops before it is due
      const first = await server(handle, { startDelaySeconds: 60, pollingSeconds: 0.5 });
      const before = counted('test.durable');
      first.jobs.define(before);
      await first.ready();
      await first.close();
      expect(before.runs).toBe(0);
      const [waiting] = await durable();
      expect(waiting?.state).toBe('created');

      // its due time is moved forward here to stand for the minute passing; two servers start on the database
      await handle.executeSql(`update ${JOB_SCHEMA}.job set start_after = now() where name = 'test.durable'`);
      const again = [await server(handle, fast), await server(handle, fast)];
      const after = again.map(() => counted('test.durable'));
      for (const [i, app] of again.entries()) app.jobs.define(after[i] as JobDefinition);
      for (const app of again) await app.ready();
      await expect
        .poll(async () => (await durable()).find((r) => r.id === waiting?.id)?.state, {
          timeout: 30_000,
          interval: 250,
        })
        .toBe('completed');
      // and their own start-up runs: each job is run by one server only
      await expect
        .poll(async () => (await durable()).every((r) => r.state === 'completed'), {
          timeout: 30_000,
          interval: 250,
        })
        .toBe(true);
      for (const app of again) await app.close();
      expect(after.map((j) => j.runs).reduce((a, b) => a + b)).toBe((await durable()).length);
    } finally {
      await handle.close();
    }
  });

  it(`runs no job in a server without a queue on ${name}`, async () => {
    const handle = await open('empty');
    try {
      const app = await server(handle, null);
      const job = counted('test.never');
      app.jobs.define(job);
      await app.ready();
      await app.close();
      expect(job.runs).toBe(0);
      const schema = await handle.executeSql(
        'select 1 from information_schema.schemata where schema_name = $1',
        [JOB_SCHEMA],
      );
      expect(schema.rows).toEqual([]);
    } finally {
      await handle.close();
    }
  });
}
