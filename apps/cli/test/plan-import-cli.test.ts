// `kepu plan import` of outline text as a user runs it: the encoding named, every problem printed (and written with
// --errors), new unit names stopped until mapped or confirmed, no stack trace for a bad file; export of an unknown code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kepu-cli-import-'));
const dataDir = join(dir, 'pglite');
const fixtures = join(root, 'packages/domain/test/outlines');

function kepu(...args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const r = spawnSync(
    process.execPath,
    [join(root, 'apps/cli/bin/kepu.js'), ...args, '--data-dir', dataDir],
    {
      cwd: root,
      encoding: 'utf8',
      env,
      timeout: 110_000,
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kepu plan import FILE.txt', { timeout: 240_000 }, () => {
  it('imports a GBK outline text, naming the encoding, as a kepu-outline/2 plan', () => {
    const r = kepu('plan', 'import', join(fixtures, 'city-like.gbk.txt'), '--jurisdiction', '999200');
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /\(text, GB18030\): 辽示市全民科学素质行动规划纲要（2021—2035年）, 4 groups, 4 tasks, 4 targets/,
    );
    const e = kepu('plan', 'export', '--jurisdiction', '999200', '--format', 'json');
    expect(JSON.parse(e.out)).toEqual(
      JSON.parse(readFileSync(join(fixtures, 'city-like.expected.json'), 'utf8')),
    );
  });

  it('stops a misspelt unit with the closest name, then imports it mapped; a dry run stores nothing', () => {
    const text = readFileSync(join(fixtures, 'city-like.txt'), 'utf8').replace(
      '（牵头单位：市教育局、市科协）',
      '（牵头单位：市教肓局、市科协）',
    );
    const file = join(dir, 'misspelt.txt');
    writeFileSync(file, text);
    const dry = kepu('plan', 'import', file, '--jurisdiction', '999200', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/new units \(1\):\n {2}- 市教肓局 {2}closest: 市教育局\ndry run: nothing stored/);
    const refused = kepu('plan', 'import', file, '--jurisdiction', '999200');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /1 new unit names to confirm or map; nothing stored\n {2}- 市教肓局 {2}closest: 市教育局/,
    );
    const mapped = kepu('plan', 'import', file, '--jurisdiction', '999200', '--map', '市教肓局=市教育局');
    expect(mapped.out).toMatch(/plan 2,/);
  });

  it('prints every problem with its line and writes them with --errors; no stack trace for a NUL or empty file', () => {
    const text = `${readFileSync(join(fixtures, 'province-like.txt'), 'utf8').replace('（2021—2035年）', '（2035—2021年）')}（一）另一项措施。按季度调度。（市科协按职责分工负责）\n`;
    const file = join(dir, 'bad.txt');
    writeFileSync(file, text);
    const errors = join(dir, 'errors.json');
    const r = kepu('plan', 'import', file, '--jurisdiction', '999100', '--errors', errors);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/2 problems/);
    expect(r.err).toMatch(/period\.end \(line 4\): the period ends before it starts/);
    expect(r.err).toMatch(/groups\[3\]\.number \(line 26\): measure 1 is already groups\[2\]/);
    expect(
      JSON.parse(readFileSync(errors, 'utf8'))
        .issues.map((i: { code: string }) => i.code)
        .sort(),
    ).toEqual(['plan.outline.group_repeated', 'plan.outline.period_reversed']);
    for (const bytes of [Buffer.from('abc\u0000def'), Buffer.alloc(0)]) {
      writeFileSync(file, bytes);
      const bad = kepu('plan', 'import', file, '--jurisdiction', '999100');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(
        /^kepu: .*bad\.txt: 1 problem\n {2}- \(document\): the file (holds zero bytes|is empty)/,
      );
      expect(bad.err).not.toMatch(/\n\s+at /);
    }
  });

  it('answers an export of a jurisdiction without a plan with an error, not another plan', () => {
    const r = kepu('plan', 'export', '--jurisdiction', '999999');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('kepu: no plan for jurisdiction 999999\n');
  });
});
