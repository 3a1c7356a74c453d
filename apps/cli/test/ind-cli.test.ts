// `kepu ind export|import`: the command's steps on one seeded database per engine (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), shared by the cases in order; and the built command itself for its exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, openTestDatabases } from '@kepu/db';
import { seedDemo } from '@kepu/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArgs, IndCliError, importArgs, runExport, runImport } from '../src/ind.run.ts';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kepu-ind-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(openTestDatabases())('kepu ind export / import on $name', { timeout: 120_000 }, ({ open }) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await open('demo');
    await seedDemo(h.db);
  }, 300_000);
  afterAll(() => h?.close());
  const exportText = async (set: string, o: { year?: string; format?: string } = {}) =>
    (await runExport(h.db, set, exportArgs(set, { format: 'csv', ...o }))).text;
  const importFile = (set: string, file: string, dryRun = false) =>
    runImport(h.db, set, importArgs(set, file, { dryRun }));

  it('exports schools as CSV, dry-runs an edit (nothing stored), then imports it', async () => {
    const file = join(dir, `schools-${h.engine}.csv`);
    const text = await exportText('schools');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('areaCode,地区名称,name,level,urbanRural,counsellors');
    const cells = lines[1].split(',');
    cells[5] = String(Number(cells[5]) + 5);
    writeFileSync(file, [lines[0], cells.join(','), ...lines.slice(2)].join('\n'));
    const dry = await importFile('schools', file, true);
    expect(dry[0]).toMatch(
      /^dry run, nothing changed: schools, \d+ row\(s\); add 0, update 1, unchanged \d+, delete 0$/,
    );
    expect(dry).toContain(`  update ${cells[0]}/${cells[2]}`);
    expect((await importFile('schools', file, true))[0]).toMatch(/update 1/);
    expect((await importFile('schools', file))[0]).toMatch(/^imported: schools/);
    expect((await importFile('schools', file, true))[0]).toMatch(/update 0/);
    expect(await exportText('schools')).toContain(cells.join(','));
  });

  it('refuses a bad row naming row and column, and a per-year set without a year', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'areaCode,name,level,urbanRural,counsellors\n211104,某校,university,urban,1\n');
    await expect(importFile('schools', bad)).rejects.toThrow(/bad\.csv: .*\n {2}rows\.0\.level: /s);
    await expect(exportText('items')).rejects.toThrow(/per year/);
    await expect(exportText('items', { format: 'xml' })).rejects.toThrow(IndCliError);
    expect(() => importArgs('schools', join(dir, 'missing.csv'), {})).toThrow(/^cannot read .*missing\.csv$/);
  });

  it('exchanges units with their active flag and status overrides as JSON', async () => {
    const units = JSON.parse(await exportText('units', { format: 'json' }));
    expect(units.rows[0]).toMatchObject({ active: true });
    const file = join(dir, 'overrides.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'kepu-overrides/1',
        rows: [{ code: 'K_LITERACY', targetYear: 2025, status: 'achieved', reason: '第五次调查已达 15.5%' }],
      }),
    );
    expect(await importFile('overrides', file)).toEqual([
      'imported: overrides, 1 row(s); add 1, update 0, unchanged 0, delete 0',
      '  add K_LITERACY/2025',
    ]);
    expect(JSON.parse(await exportText('overrides', { format: 'json' })).rows).toEqual([
      { code: 'K_LITERACY', targetYear: 2025, status: 'achieved', reason: '第五次调查已达 15.5%', by: 'cli' },
    ]);
  });
});

describe('the kepu ind command', { timeout: 60_000 }, () => {
  const kepu = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(root, 'apps/cli/bin/kepu.js'), ...args, '--data-dir', join(dir, 'none')],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 50_000,
      },
    );

  it('refuses an unknown set with one line and exit code 2, before opening a database', () => {
    const set = kepu('ind', 'export', 'nope');
    expect(set.status).toBe(2);
    expect(set.stderr).toBe(
      `kepu: <set>: use one of values, items, rules, computed, units, populations, kpi, schools, targets, overrides, not nope\n`,
    );
  });
});
