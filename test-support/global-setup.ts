// Vitest global setup: the databases tests start from, prepared once per run by prepare-databases.ts in a child process;
// workers find them through KEPU_TEST_SNAPSHOTS. Teardown removes them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SNAPSHOTS_ENV, type TestSnapshots } from '@kepu/db';
import pg from 'pg';

export default function setup(): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kepu-snapshots-'));
  const file = join(dir, 'snapshots.json');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'prepare-databases.ts'), dir],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0 || !existsSync(file)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`preparing the test databases failed (exit ${r.status ?? r.signal})`);
  }
  process.env[SNAPSHOTS_ENV] = file;
  const templates = Object.values((JSON.parse(readFileSync(file, 'utf8')) as TestSnapshots).postgres);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    const url = process.env.TEST_DATABASE_URL;
    if (!url || templates.length === 0) return;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const t of templates) await c.query(`drop database if exists ${t} with (force)`);
    await c.end();
  };
}
