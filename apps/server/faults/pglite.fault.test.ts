// The embedded database (PGlite) under faults: kill -9 of the server while it saves reports and values and imports,
// then a restart on the same directory; then the disk holding that directory runs full. The server runs as PID 1 of
// its own PID namespace, as in a container, so the restarted server has the killed one's pid (and must still take over
// its lock). The directory is on a tmpfs of its own, so "disk full" is real and does not touch anyone else's disk.
import { closeSync, openSync, readFileSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Api, type RunningServer, startKepu, tmpfs } from './harness.ts';
import { importValues, killDuringWrites, prepare, verify, type Workload, YEAR } from './workload.ts';

describe('PGlite: kill -9, restart, disk full', () => {
  let fs: ReturnType<typeof tmpfs>;
  let server: RunningServer | undefined;
  let dataDir: string;
  let api: Api;
  let w: Workload;
  beforeAll(() => {
    fs = tmpfs(400);
    dataDir = join(fs.dir, 'pglite');
  });
  afterAll(async () => {
    await server?.kill9();
    fs?.release();
  });

  it('keeps every acknowledged write after kill -9 during report saves, value saves and an import', async () => {
    server = await startKepu({ dataDir, container: true });
    api = new Api(server.url);
    w = await prepare(api);
    const killed = server;
    await killDuringWrites(api, w, () => killed.kill9());
    // the killed server's lock names pid 1, which is also the new server's pid: stale, not a running server
    server = await startKepu({ dataDir, container: true });
    expect(server.pid).not.toBe(killed.pid);
    expect(readFileSync(join(dataDir, 'kepu.lock'), 'utf8')).toMatch(/^1 \d+$/);
    api.base = server.url;
    await verify(api, w);
  });

  it('answers writes on a full disk with 503 system.disk_full at once, and starts again once there is space', async () => {
    expect(server?.alive()).toBe(true);
    const s = server as RunningServer;
    const ballast = join(fs.dir, 'ballast');
    fill(ballast);
    const v = w.values[0];
    const r = w.reports[0];
    const writes = [
      () =>
        api.call('office', 'PUT', `/api/indicators/reports/${YEAR}/${v.unitId}/values`, {
          values: [{ item: 'P01', value: v.sent + 1 }],
        }),
      () =>
        api.call('edu', 'PUT', `/api/acc/reports/${r.id}`, {
          status: 'on_track',
          progress: 1,
          done: `fault 0 ${r.sent + 1}`,
        }),
      () => importValues(api, w, 1003),
      () => api.login('office', 'kepu-office-2025'),
    ];
    for (const write of writes) {
      const res = await write();
      expect([res.status, res.body?.error?.code], JSON.stringify(res.body).slice(0, 300)).toEqual([
        503,
        'system.disk_full',
      ]);
      expect(res.ms).toBeLessThan(5000);
    }
    // reads go on
    expect((await api.call(null, 'GET', '/api/health')).status).toBe(200);
    expect((await api.call('edu', 'GET', `/api/acc/reports/${r.id}`)).status).toBe(200);

    // killed while the disk is full (a start then is refused with the reason: pglite-log.fault.test.ts), restarted
    // once there is space
    await s.kill9();
    rmSync(ballast);
    server = await startKepu({ dataDir, container: true });
    api.base = server.url;
    await verify(api, w);
    v.sent += 1;
    const again = await api.call('office', 'PUT', `/api/indicators/reports/${YEAR}/${v.unitId}/values`, {
      values: [{ item: 'P01', value: v.sent }],
    });
    expect(again.status).toBe(200);
  });
});

/** Takes every free byte of the tmpfs. */
function fill(file: string) {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  try {
    for (;;) writeSync(fd, chunk.subarray(0, 4096));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  closeSync(fd);
  const st = statfsSync(file);
  expect(st.bavail * st.bsize).toBeLessThan(8192);
}
