// `kepu stats estimate` on a gzipped CSV prints what it prints on the plain file: the same estimates (R's), the same
// notes, the same error lines, in-process and as the `kepu` command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import { runEstimate } from '../src/stats/run-estimate.ts';

const bin = resolve(import.meta.dirname, '../bin/kepu.js');
const tmp = mkdtempSync(join(tmpdir(), 'kepu-csv-gz-'));
const csv = join(sharedDataDir(), 'api/apiclus1.csv');
const gz = join(tmp, 'apiclus1.csv.gz');
writeFileSync(gz, gzipSync(readFileSync(csv)));
// api00 with two scores written as n/a and ., and a row with a field too many on line 5
const naText = readFileSync(csv, 'utf8').split('\n');
const header = naText[0].split(',').map((name) => name.replaceAll('"', ''));
const api00 = header.indexOf('api00');
const withNa = naText.map((line, i) => {
  if (i !== 3 && i !== 7) return line;
  const cells = line.split(',');
  cells[api00] = i === 3 ? 'n/a' : '.';
  return cells.join(',');
});
const naCsv = join(tmp, 'na.csv');
const naGz = join(tmp, 'na.csv.gz');
writeFileSync(naCsv, withNa.join('\n'));
writeFileSync(naGz, gzipSync(withNa.join('\n')));
const badGz = join(tmp, 'bad.csv.gz');
writeFileSync(badGz, gzipSync(`${naText.slice(0, 4).join('\n')}\n${naText[4]},1\n`));

const dclus1 = ['--ids', 'dnum', '--weights', 'pw', '--fpc', 'fpc'];

async function estimate(file: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEstimate([file, ...dclus1, ...args, '--format', 'json'], {
    out: (t) => out.push(t),
    err: (t) => err.push(t.replaceAll(file, 'DATA')),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('kepu stats estimate on a .csv.gz', () => {
  it("gives R's domain means, and the same output as on the plain file", async () => {
    const fromGz = await estimate(gz, '--mean', 'api00', '--by', 'stype');
    expect(fromGz.code).toBe(0);
    expect(fromGz.out).toBe((await estimate(csv, '--mean', 'api00', '--by', 'stype')).out);
    // svyby(~api00, ~stype, dclus1, svymean): shared/data/r-survey-expected.json
    const rows = JSON.parse(fromGz.out).estimates;
    expect(rows.map((r: { by: { stype: string } }) => r.by.stype)).toEqual(['E', 'H', 'M']);
    const r = [
      [648.8680555555555, 22.36240889383189],
      [618.5714285714286, 38.02024935940753],
      [631.44, 31.609465227245526],
    ];
    rows.forEach((row: { estimate: number; se: number }, k: number) => {
      expect(Math.abs(row.estimate - r[k][0]) / r[k][0]).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(row.se - r[k][1]) / r[k][1]).toBeLessThanOrEqual(1e-9);
    });
  });

  it('notes the values read as missing and names a malformed line as the plain file does', async () => {
    const fromGz = await estimate(naGz, '--mean', 'api00', '--na-rm');
    const fromCsv = await estimate(naCsv, '--mean', 'api00', '--na-rm');
    expect(fromGz).toEqual(fromCsv);
    expect(fromGz.err).toBe(
      "kepu stats estimate: note: column 'api00': 2 values written as n/a, N/A, . or - read as missing\n",
    );
    const bad = await estimate(badGz, '--mean', 'api00');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      `kepu stats estimate: DATA: line 5, column ${header.length + 1}: expected ${header.length} fields, found more\n`,
    );
  });

  it('runs as the kepu command on the .csv.gz', () => {
    const run = (file: string) =>
      spawnSync(
        'node',
        [bin, 'stats', 'estimate', file, ...dclus1, '--mean', 'api00', '--by', 'stype', '--format', 'json'],
        {
          encoding: 'utf8',
        },
      );
    const fromGz = run(gz);
    expect(fromGz.stderr).toBe('');
    expect(fromGz.status).toBe(0);
    expect(fromGz.stdout).toBe(run(csv).stdout);
  });
});
