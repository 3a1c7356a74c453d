// One process at a time on an embedded data directory: a second opener is refused with a clear message (PGlite would
// be corrupted or miss the other's writes); closing releases it, and a lock left by a crashed process is taken over,
// also when a new process has the dead one's pid.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../src/index.ts';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kepu-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the PGlite data directory lock', { timeout: 120_000 }, () => {
  it('refuses a second opener while the first holds it, and lets it in after close', async () => {
    const dataDir = join(dir, 'a');
    const first = await connect({ dataDir });
    await expect(connect({ dataDir })).rejects.toMatchObject({
      code: 'db.data_dir_in_use',
      pid: process.pid,
    });
    await first.close();
    const second = await connect({ dataDir });
    await second.close();
  });

  it('takes over a lock whose process is gone', async () => {
    const dataDir = join(dir, 'b');
    await (await connect({ dataDir })).close();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(join(dataDir, 'kepu.lock'), dead.stdout);
    const h = await connect({ dataDir });
    await h.close();
  });

  it('takes over a lock naming its own pid that it does not hold: a container restarted after kill -9', async () => {
    const dataDir = join(dir, 'd');
    await (await connect({ dataDir })).close();
    // what the killed server left: its pid was 1 in its container, and so is the new server's
    writeFileSync(join(dataDir, 'kepu.lock'), String(process.pid));
    const h = await connect({ dataDir });
    await expect(connect({ dataDir })).rejects.toMatchObject({ code: 'db.data_dir_in_use' });
    await h.close();
  });

  it('takes over a lock whose pid now belongs to another process, and respects the one that holds it', async () => {
    const dataDir = join(dir, 'e');
    await (await connect({ dataDir })).close();
    const other = process.ppid;
    const started = readFileSync(`/proc/${other}/stat`, 'utf8').split(') ')[1].split(' ')[19];
    writeFileSync(join(dataDir, 'kepu.lock'), `${other} ${Number(started) + 1}`);
    await (await connect({ dataDir })).close();
    writeFileSync(join(dataDir, 'kepu.lock'), `${other} ${started}`);
    await expect(connect({ dataDir })).rejects.toMatchObject({ code: 'db.data_dir_in_use', pid: other });
  });

  it('makes `kepu users create` say the database is in use instead of writing beside a running server', async () => {
    const dataDir = join(dir, 'c');
    const running = await connect({ dataDir });
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, KEPU_PASSWORD: 'a-long-password-1' };
      delete env.DATABASE_URL;
      const r = spawnSync(
        process.execPath,
        [
          join(root, 'apps/cli/bin/kepu.js'),
          'users',
          'create',
          '--username',
          'late',
          '--role',
          'viewer',
          '--data-dir',
          dataDir,
        ],
        { cwd: root, encoding: 'utf8', env, timeout: 60_000 },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/kepu: the database in .* is in use by another Kepu process \(pid \d+\)/);
    } finally {
      await running.close();
    }
  });
});
