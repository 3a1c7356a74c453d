// `kepu stats fh` as a user runs it: the milk data's REML fit against R sae 1.3, the table and JSON outputs, and the
// one-line errors a mistyped option gets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test-support/shared-data.ts';

const bin = resolve(import.meta.dirname, '../bin/kepu.js');
const MILK = join(sharedDataDir(), 'sae', 'milk.csv');
const R = JSON.parse(readFileSync(join(sharedDataDir(), 'sae', 'fh-reml.json'), 'utf8')) as {
  refvar: number;
  beta: number[];
  beta_names: string[];
  beta_std_error: number[];
  eblup: number[];
};
const kepu = (...args: string[]) => spawnSync('node', [bin, 'stats', 'fh', ...args], { encoding: 'utf8' });

describe('kepu stats fh', () => {
  it("prints R sae's REML fit of the milk data as JSON, terms named as R names them", () => {
    const r = kepu(
      MILK,
      '--estimate',
      'yi',
      '--se',
      'SD',
      '--covariates',
      'as.factor(MajorArea)',
      '--area',
      'SmallArea',
      '--format',
      'json',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'method',
      'refvar',
      'iterations',
      'converged',
      'beta',
      'goodness',
      'areas',
    ]);
    expect(out.method).toBe('REML');
    expect(out.converged).toBe(true);
    expect(Math.abs(out.refvar - R.refvar)).toBeLessThan(1e-6);
    expect(out.beta.map((b: { term: string }) => b.term)).toEqual(R.beta_names);
    out.beta.forEach((b: { estimate: number; se: number }, j: number) => {
      expect(Math.abs(b.estimate - (R.beta[j] as number))).toBeLessThan(1e-6);
      expect(Math.abs(b.se - (R.beta_std_error[j] as number))).toBeLessThan(1e-6);
    });
    expect(out.areas).toHaveLength(43);
    expect(out.areas[0]).toMatchObject({ area: '1', direct: 1.099 });
    out.areas.forEach((a: { eblup: number; mse: number }, i: number) => {
      expect(Math.abs(a.eblup - (R.eblup[i] as number))).toBeLessThan(1e-6);
      expect(a.mse).toBeGreaterThan(0);
    });
    expect(Object.keys(out.goodness)).toEqual(['loglike', 'AIC', 'BIC', 'KIC']);
  });

  it('takes sampling variances instead of standard errors, and other methods', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-fh-'));
    const lines = readFileSync(MILK, 'utf8').trim().split('\n');
    const withVariance = [
      `${lines[0]},var`,
      ...lines.slice(1).map((l) => `${l},${Number(l.split(',')[3]) ** 2}`),
    ];
    const file = join(dir, 'milk-var.csv');
    writeFileSync(file, `${withVariance.join('\n')}\n`);
    const ml = ['--covariates', 'factor(MajorArea)', '--method', 'ML', '--format', 'json'];
    const bySe = JSON.parse(kepu(MILK, '--estimate', 'yi', '--se', 'SD', ...ml).stdout);
    const byVar = JSON.parse(kepu(file, '--estimate', 'yi', '--variance', 'var', ...ml).stdout);
    expect(byVar.method).toBe('ML');
    expect(byVar.refvar).toBeCloseTo(bySe.refvar, 12);
    expect(byVar.beta[1].term).toBe('factor(MajorArea)2');
  });

  it('prints a readable table by default', () => {
    const r = kepu(MILK, '--estimate', 'yi', '--se', 'SD', '--covariates', 'factor(MajorArea)');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Fay–Herriot, REML: area variance 0\.01855022, \d+ iterations\n/);
    expect(r.stdout).toContain('(Intercept)\t0.9681890');
    expect(r.stdout.trim().split('\n')).toHaveLength(2 + 1 + 5 + 1 + 44);
  });

  it.each([
    [['--estimate', 'yi'], 'give the sampling error as one of --se or --variance'],
    [
      ['--estimate', 'yi', '--se', 'SD', '--variance', 'SD'],
      'give the sampling error as one of --se or --variance',
    ],
    [['--estimate', 'nope', '--se', 'SD'], "--estimate: no column 'nope' in the data"],
    [
      ['--estimate', 'yi', '--se', 'SD', '--covariates', 'log(ni)'],
      "--covariates: cannot read the term 'log(ni)'",
    ],
    [['--estimate', 'yi', '--se', 'SD', '--method', 'GLS'], "argument 'GLS' is invalid"],
  ])('refuses %j in one line with exit code 2', (args, message) => {
    const r = kepu(MILK, ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('names the line of a missing estimate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-fh-'));
    const file = join(dir, 'gap.csv');
    writeFileSync(file, 'area,y,se\nA,0.3,0.05\nB,NA,0.04\nC,0.2,0.06\n');
    const r = kepu(file, '--estimate', 'y', '--se', 'se');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--estimate: column 'y' has no value on line 3");
  });
});
