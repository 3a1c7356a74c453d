// `kepu stats irt`: LSAT7 2PL equal to R mirt 1.41 from the per-examinee and the pattern file, scores per row,
// and one-line errors with exit code 2.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import { runIrt } from '../src/stats/run-estimate.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const LSAT = join(sharedDataDir(), 'lsat7');
const mirt = JSON.parse(readFileSync(join(LSAT, 'mirt-2pl-tight.json'), 'utf8'));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io = {
    out: (t: string) => {
      out += t;
    },
    err: (t: string) => {
      err += t;
    },
  };
  const code = await runIrt(argv, io);
  return { code, out, err };
}

describe('kepu stats irt', () => {
  it('fits the 2PL of LSAT7 as mirt does, from the examinee file and from the pattern file', async () => {
    const items = 'Item.1,Item.2,Item.3,Item.4,Item.5';
    const a = await run([
      join(LSAT, 'lsat7.csv'),
      '--items',
      items,
      '--model',
      '2PL',
      '--tol',
      '1e-8',
      '--format',
      'json',
    ]);
    const b = await run([
      join(LSAT, 'lsat7_patterns.csv'),
      '--all-items',
      '--freq',
      'freq',
      '--model',
      '2PL',
      '--tol',
      '1e-8',
    ]);
    for (const r of [a, b]) {
      expect(r.code).toBe(0);
      const fit = JSON.parse(r.out);
      expect(Object.keys(fit)).toEqual(['model', 'logLik', 'AIC', 'BIC', 'iterations', 'converged', 'items']);
      expect(Math.abs(fit.logLik - mirt.logLik)).toBeLessThan(1e-6);
      expect(Math.abs(fit.BIC - mirt.BIC)).toBeLessThan(2e-6);
      fit.items.forEach((item: Record<string, number>, j: number) => {
        for (const key of ['a1', 'd', 'a', 'b'])
          expect(Math.abs(item[key] - mirt.items[j][key])).toBeLessThan(1e-6);
        expect(item.item).toBe(mirt.items[j].item);
      });
    }
  });

  it('prints SEs and one score per input row (per pattern with --freq)', async () => {
    const perRow = await run([
      join(LSAT, 'lsat7.csv'),
      '--all-items',
      '--model',
      'rasch',
      '--se',
      '--scores',
      'eap',
    ]);
    const perPattern = await run([
      join(LSAT, 'lsat7_patterns.csv'),
      '--all-items',
      '--freq',
      'freq',
      '--model',
      'rasch',
      '--se',
      '--scores',
      'map',
    ]);
    const rows = JSON.parse(perRow.out);
    const patterns = JSON.parse(perPattern.out);
    expect(rows.scores).toHaveLength(1000);
    expect(patterns.scores).toHaveLength(32);
    expect(rows.scores[0]).toEqual({ row: 1, theta: expect.any(Number), se: expect.any(Number) });
    expect(rows.latentVariance).toBeGreaterThan(0);
    for (const item of rows.items) {
      expect(item.se_d).toBeGreaterThan(0);
      expect(item.se_a1).toBeUndefined();
    }
    // the first examinee answered nothing right: the lowest score, below the all-correct pattern's
    const thetas = rows.scores.map((s: { theta: number }) => s.theta);
    expect(thetas[0]).toBe(Math.min(...thetas));
  });

  it('refuses missing item options, unknown columns, a prior outside the 3PL and a bad tol with exit code 2', async () => {
    const file = join(LSAT, 'lsat7.csv');
    const cases: [string[], RegExp][] = [
      [[file, '--model', '2PL'], /--items COL,COL,… or --all-items/],
      [[file, '--items', 'Item.1,Nope', '--model', '2PL'], /--items: no column "Nope"/],
      [[file, '--all-items', '--model', '2PL', '--guess-prior', '5,17'], /applies to --model 3PL only/],
      [[file, '--all-items', '--model', '3PL', '--guess-prior', '5'], /--guess-prior: give two numbers/],
      [[file, '--all-items', '--model', '2PL', '--tol', '-1'], /--tol: "-1" is not a positive number/],
      [[file, '--all-items', '--model', '4PL'], /Allowed choices are rasch, 2PL, 3PL/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('runs as `kepu stats irt` in a process', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'apps/cli/bin/kepu.js'),
        'stats',
        'irt',
        join(LSAT, 'lsat7.csv'),
        '--all-items',
        '--model',
        '2PL',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).converged).toBe(true);
  });
});
