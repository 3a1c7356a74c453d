// PGlite's write-ahead log meeting a full disk, below the server's free-space guard (turned off here): PGlite reports
// the failed write once and then spins for ever in its next query, blocking the whole process. The connection must fail
// that write as system.disk_full and every later call at once as system.database_unavailable, never calling the engine
// again; opening the directory while the disk is full is refused with the reason; once space is back it opens with its
// committed data.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, tmpfs } from './harness.ts';

/** Runs the child; it times its own calls, and the timeout here only ends one that never returns (a spinning PGlite). */
const child = async (mode: 'fill' | 'read', dir: string) => {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'apps/server/faults/pglite-log.child.ts'), mode, dir],
      { cwd: root, timeout: 300_000, killSignal: 'SIGKILL' },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
  } catch (e) {
    const err = e as Error & { killed?: boolean; stdout?: string; stderr?: string };
    throw new Error(
      `${mode}: ${err.killed ? 'still running after 300 s, killed' : err.message}\n${err.stdout}\n${err.stderr}`,
    );
  }
};

describe('PGlite: the write-ahead log on a full disk', () => {
  let fs: ReturnType<typeof tmpfs>;
  beforeAll(() => {
    fs = tmpfs(128);
  });
  afterAll(() => fs?.release());

  it('fails the write as system.disk_full, then every call at once, and reopens once there is space', async () => {
    const filled = await child('fill', fs.dir);
    expect(filled.write).toMatchObject({ code: 'system.disk_full' });
    expect(filled.next).toMatchObject({ code: 'system.database_unavailable' });
    expect(filled.next.ms).toBeLessThan(1000);
    expect(filled.closed).toBe(true);
    expect(filled.reopen).toMatchObject({
      code: 'system.disk_full',
      message: expect.stringMatching(/MB free/),
    });
    rmSync(join(fs.dir, 'ballast'));
    expect(await child('read', fs.dir)).toEqual({ rows: [{ id: 1 }] });
  });
});
