// `kepu ind export|import`, run as a user runs them, on a seeded PGlite directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, migrateToLatest } from '@kepu/db';
import { seedDemo } from '@kepu/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kepu-ind-cli-'));
const dataDir = join(dir, 'pglite');

function kepu(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, [join(root, 'apps/cli/bin/kepu.js'), ...args, '--data-dir', dataDir], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 90_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  const h = await connect({ dataDir });
  await migrateToLatest(h.db);
  await seedDemo(h.db);
  await h.close();
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kepu ind export / import', { timeout: 180_000 }, () => {
  const file = join(dir, 'schools.csv');

  it('exports schools as CSV, dry-runs an edit (nothing stored), then imports it', () => {
    const e = kepu('ind', 'export', 'schools', '--out', file);
    expect(e.code).toBe(0);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('areaCode,name,level,urbanRural,counsellors');
    const cells = lines[1].split(',');
    cells[4] = String(Number(cells[4]) + 5);
    writeFileSync(file, [lines[0], cells.join(','), ...lines.slice(2)].join('\n'));
    const dry = kepu('ind', 'import', 'schools', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/dry run, nothing changed: schools, \d+ row\(s\); add 0, update 1, unchanged \d+, delete 0/);
    expect(dry.out).toContain(`update ${cells[0]}/${cells[1]}`);
    expect(kepu('ind', 'import', 'schools', file, '--dry-run').out).toMatch(/update 1/);
    expect(kepu('ind', 'import', 'schools', file).out).toMatch(/^imported: schools/);
    expect(kepu('ind', 'import', 'schools', file, '--dry-run').out).toMatch(/update 0/);
  });

  it('refuses a bad row naming row and column, with exit code 2', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'areaCode,name,level,urbanRural,counsellors\n211104,某校,university,urban,1\n');
    const r = kepu('ind', 'import', 'schools', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('rows.0.level');
    expect(kepu('ind', 'export', 'items').err).toMatch(/per year/);
  });
});
