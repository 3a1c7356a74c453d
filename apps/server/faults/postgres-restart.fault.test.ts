// PostgreSQL restarted under load, on a throw-away cluster of our own (another port, a temp dir): while it is down
// every request is answered 503 at once (none waits past its timeout, none is a 500), the server process stays up, and
// once PostgreSQL is back the same process serves again, its pool having opened new connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Api,
  type Cluster,
  type Reply,
  type RunningServer,
  sleep,
  startKepu,
  throwAwayCluster,
} from './harness.ts';
import { prepare, YEAR } from './workload.ts';

interface Sample extends Reply {
  at: number;
  what: string;
}

describe('PostgreSQL restarted under load', () => {
  let cluster: Cluster;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    cluster = await throwAwayCluster();
  });
  afterAll(async () => {
    await server?.kill9();
    cluster?.destroy();
  });

  it('answers 503 while PostgreSQL is down and serves again without a restart once it is back', async () => {
    server = await startKepu({ databaseUrl: cluster.url });
    const api = new Api(server.url);
    const w = await prepare(api);
    const unit = w.values[0].unitId;
    const samples: Sample[] = [];
    let stopped = false;
    let n = 0;
    const requests: [string, () => Promise<Reply>][] = [
      ['health', () => api.call(null, 'GET', '/api/health', undefined, { timeoutMs: 10_000 })],
      ['my work', () => api.call('edu', 'GET', '/api/acc/my', undefined, { timeoutMs: 10_000 })],
      [
        'save values',
        () =>
          api.call(
            'office',
            'PUT',
            `/api/indicators/reports/${YEAR}/${unit}/values`,
            { values: [{ item: 'P01', value: ++n }] },
            { timeoutMs: 10_000 },
          ),
      ],
    ];
    const load = Promise.all(
      requests.map(async ([what, call]) => {
        while (!stopped) {
          const at = Date.now();
          samples.push({ ...(await call()), at, what });
          await sleep(20);
        }
      }),
    );
    const outages: { mode: string; stopping: number; down: number; up: number; back: number }[] = [];
    try {
      for (const mode of ['fast', 'immediate'] as const) {
        await sleep(500);
        const stopping = Date.now();
        await cluster.stop(mode);
        const down = Date.now(); // pg_ctl -w: stopped
        await sleep(1500);
        const up = Date.now();
        await cluster.start();
        // the first health check that passes after PostgreSQL is back
        let back = 0;
        while (!back && Date.now() - up < 20_000) {
          if ((await api.call(null, 'GET', '/api/health', undefined, { timeoutMs: 5000 })).status === 200)
            back = Date.now();
          else await sleep(100);
        }
        outages.push({ mode, stopping, down, up, back });
        expect(
          back,
          `${mode}: serving again after PostgreSQL came back\n${server?.output()}`,
        ).toBeGreaterThan(0);
        // each kind of request answered twice since
        const since = () =>
          requests.map(([what]) => samples.filter((s) => s.what === what && s.at > back + 200));
        while (since().some((l) => l.length < 2) && Date.now() - back < 30_000) await sleep(100);
      }
    } finally {
      stopped = true;
      await load;
    }

    expect(server.alive(), server.output()).toBe(true);
    // every request answered, and before the server's 10 s wait for a connection: none waited for PostgreSQL
    for (const s of samples) {
      expect(s.status, `${s.what}: ${s.error}`).not.toBe(0);
      expect(s.ms, `${s.what} took ${s.ms} ms`).toBeLessThan(8000);
      expect([200, 503], `${s.what}: ${JSON.stringify(s.body)}`).toContain(s.status);
      if (s.status === 503) expect(s.body.error.code).toMatch(/^system\.database_(unavailable|timeout)$/);
    }
    for (const [k, o] of outages.entries()) {
      const during = samples.filter((s) => s.at > o.down && s.at + s.ms < o.up);
      expect(during.length, `${o.mode}: requests while PostgreSQL was down`).toBeGreaterThanOrEqual(3);
      for (const s of during) expect(s.status, `${o.mode} ${s.what}`).toBe(503);
      // once it is back every kind of request succeeds again, the writes included, until the next outage
      const next = outages[k + 1]?.stopping ?? Number.POSITIVE_INFINITY;
      const after = samples.filter((s) => s.at > o.back + 200 && s.at + s.ms < next);
      for (const what of ['health', 'my work', 'save values']) {
        const these = after.filter((s) => s.what === what);
        expect(these.length, `${o.mode}: ${what} after the restart`).toBeGreaterThan(0);
        const failed = these.filter((s) => s.status !== 200);
        expect(
          failed.map((s) => `+${s.at - o.back} ms: ${s.status} ${JSON.stringify(s.body)}`),
          `${o.mode}: ${what} after PostgreSQL was back`,
        ).toEqual([]);
      }
    }
  });
});
