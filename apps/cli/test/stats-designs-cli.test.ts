// `kepu stats estimate` with PPS designs (--pps), logit calibration (--calibrate logit --bounds) and a rake that does
// not converge (--maxit): the numbers of R survey 4.1-1 (packages/stats/test/fixtures, made by the R scripts there).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test-support/shared-data.ts';
import type { EstimateResult } from '../src/stats/estimate-result.ts';
import { runEstimate } from '../src/stats/run-estimate.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../packages/stats/test/fixtures');
const API = join(sharedDataDir(), 'api');
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as {
    id: string;
    values: Record<string, number>;
    warning?: string;
  }[];
const pps = fixture('r-pps-expected.json');
const cal = fixture('r-calibrate-extra-expected.json');
const value = (set: typeof pps, id: string, key: string) =>
  (set.find((e) => e.id === id) as (typeof pps)[number]).values[key];

const tmp = mkdtempSync(join(tmpdir(), 'kepu-stats-designs-'));
const totalsFile = join(tmp, 'totals.csv');
writeFileSync(totalsFile, 'variable,level,total\nstype,E,4421\nstype,H,755\nstype,M,1018\napi99,,3914069\n');
const marginsFile = join(tmp, 'margins.csv');
writeFileSync(
  marginsFile,
  'variable,level,total\nstype,E,4421\nstype,H,755\nstype,M,1018\nsch.wide,No,1072\nsch.wide,Yes,5122\n',
);

async function kepu(...argv: string[]): Promise<{ code: number; json: EstimateResult; err: string }> {
  let out = '';
  let err = '';
  const code = await runEstimate([...argv, '--format', 'json'], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, json: code === 0 ? (JSON.parse(out) as EstimateResult) : ({} as EstimateResult), err };
}

function close(got: number, want: number, rel: number): void {
  expect(Math.abs(got - want) / Math.abs(want), `got ${got}, want ${want}`).toBeLessThanOrEqual(rel);
}

const election = join(FIXTURES, 'pps-election.csv');
const strat = join(FIXTURES, 'pps-strat.csv');

describe('--pps: PPS designs without replacement (R svydesign(pps=…), relative 1e-9)', () => {
  it('--pps brewer: total of Bush with its SE', async () => {
    const r = await kepu(election, '--fpc', 'p', '--pps', 'brewer', '--total', 'Bush');
    expect(r.code).toBe(0);
    close(r.json.estimates[0].estimate, value(pps, 'el_brewer:total', 'est:Bush'), 1e-9);
    close(r.json.estimates[0].se, value(pps, 'el_brewer:total', 'se:Bush'), 1e-9);
  });

  it('--pps overton --by size: by-domain means', async () => {
    const r = await kepu(election, '--fpc', 'p', '--pps', 'overton', '--by', 'size', '--mean', 'Bush');
    expect(r.code).toBe(0);
    for (const e of r.json.estimates) {
      const level = String(e.by.size);
      close(e.estimate, value(pps, 'el_overton:bymean', `est:${level}`), 1e-9);
      close(e.se, value(pps, 'el_overton:bymean', `se:${level}`), 1e-9);
    }
  });

  it('--pps HR with and without --pps-psum, stratified', async () => {
    // the file's last column, psum = sum(election$p^2)/40 (R: HR(psum))
    const psum = readFileSync(election, 'utf8').split('\n')[1].split(',').at(-1) as string;
    const withPsum = await kepu(election, '--fpc', 'p', '--pps', 'HR', '--pps-psum', psum, '--mean', 'Kerry');
    close(withPsum.json.estimates[0].se, value(pps, 'el_hr:mean', 'se:Kerry'), 1e-9);
    const estimated = await kepu(
      strat,
      '--strata',
      'strcode',
      '--fpc',
      'p',
      '--pps',
      'HR',
      '--total',
      'enroll',
    );
    close(estimated.json.estimates[0].se, value(pps, 'st_hr1:total', 'se:enroll'), 1e-9);
    expect(estimated.json.df).toBe(value(pps, 'st_hr1:degf', 'degf'));
  });

  it('refuses --pps-psum without HR, --pps without probabilities, and population sizes as fpc', async () => {
    const a = await kepu(election, '--fpc', 'p', '--pps', 'brewer', '--pps-psum', '0.1', '--mean', 'Bush');
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/--pps-psum goes with --pps HR/);
    const b = await kepu(election, '--pps', 'overton', '--mean', 'Bush');
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--pps overton needs the selection probabilities: --fpc/);
    const c = await kepu(election, '--fpc', 'TotPrecincts', '--pps', 'brewer', '--mean', 'Bush');
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/selection probabilities/);
  });
});

const dclus1 = [join(API, 'apiclus1.csv'), '--ids', 'dnum', '--weights', 'pw', '--fpc', 'fpc'];

describe('--calibrate logit --bounds (R calibrate(calfun = "logit"), relative 1e-8)', () => {
  it('mean and SE of api00 after logit calibration, Taylor and JK1', async () => {
    const t = await kepu(
      ...dclus1,
      '--calibrate',
      'logit',
      '--bounds',
      '0.7,1.7',
      '--totals',
      totalsFile,
      '--mean',
      'api00',
    );
    expect(t.code).toBe(0);
    close(t.json.estimates[0].estimate, value(cal, 'logit_dclus1', 'mean:est:api00'), 1e-8);
    close(t.json.estimates[0].se, value(cal, 'logit_dclus1', 'mean:se:api00'), 1e-8);
    const j = await kepu(
      ...dclus1,
      '--replicates',
      'JK1',
      '--calibrate',
      'logit',
      '--bounds',
      '0.7,1.7',
      '--totals',
      totalsFile,
      '--mean',
      'api00',
    );
    close(j.json.estimates[0].se, value(cal, 'logit_rclus1', 'mean:se:api00'), 1e-8);
  });

  it("a replicate whose bounded calibration fails is R's warning on stderr and in the JSON", async () => {
    const r = await kepu(
      ...dclus1,
      '--replicates',
      'JK1',
      '--calibrate',
      'linear',
      '--bounds',
      '0.7,1.7',
      '--totals',
      totalsFile,
      '--mean',
      'api00',
    );
    expect(r.code).toBe(0);
    close(r.json.estimates[0].se, value(cal, 'linear_rclus1_bounded', 'mean:se:api00'), 1e-8);
    expect(r.json.warnings?.[0]).toMatch(/^replicate \d+: Failed to converge/);
    expect(r.err).toMatch(/warning: replicate \d+: Failed to converge/);
  });

  it('logit without --bounds, or bounds not around 1, is a usage error', async () => {
    const a = await kepu(...dclus1, '--calibrate', 'logit', '--totals', totalsFile, '--mean', 'api00');
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/--calibrate logit needs --bounds LOWER,UPPER/);
    const b = await kepu(
      ...dclus1,
      '--calibrate',
      'logit',
      '--bounds',
      '1.2,3',
      '--totals',
      totalsFile,
      '--mean',
      'api00',
    );
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--bounds: expected LOWER,UPPER with LOWER < 1 < UPPER, got '1.2,3'/);
  });
});

describe("--prop … --ci wilson (survey 4.2+'s Wilson interval, evaluated in R; relative 1e-9)", () => {
  it('matches packages/stats/test/fixtures/r-ciprop-wilson-expected.json for dclus1 at 95 %', async () => {
    const want = (
      fixture('r-ciprop-wilson-expected.json') as unknown as {
        design: string;
        level: number;
        lower: number;
        upper: number;
      }[]
    ).find((e) => e.design === 'dclus1' && e.level === 0.95) as { lower: number; upper: number };
    const r = await kepu(...dclus1, '--prop', 'api00 > 700', '--ci', 'wilson');
    expect(r.code).toBe(0);
    const ci = r.json.estimates[0].ci as [number, number];
    close(ci[0], want.lower, 1e-9);
    close(ci[1], want.upper, 1e-9);
  });
});

describe('--rake that does not converge (R: "Raking did not converge")', () => {
  it("prints R's warning and the margins on stderr, the margins achieved vs target in the JSON, and the estimate", async () => {
    const r = await kepu(
      ...dclus1,
      '--rake',
      'stype,sch.wide',
      '--margins',
      marginsFile,
      '--maxit',
      '1',
      '--epsilon',
      '1e-12',
      '--mean',
      'api00',
    );
    expect(r.code).toBe(0);
    const e = cal.find((x) => x.id === 'rake_dclus1_maxit1') as (typeof cal)[number];
    expect(r.err).toContain(`kepu stats estimate: warning: ${e.warning}`);
    expect(r.err).toMatch(/raked margins after 1 sweeps: stype=E 4349\.972 \(target 4421\)/);
    expect(r.json.warnings).toEqual([e.warning]);
    expect(r.json.rake?.converged).toBe(false);
    const margins = r.json.rake?.margins ?? [];
    expect(margins.map((m) => `${m.variable}:${m.level}`)).toEqual([
      'stype:E',
      'stype:H',
      'stype:M',
      'sch.wide:No',
      'sch.wide:Yes',
    ]);
    for (const m of margins) close(m.achieved, e.values[`margin:${m.variable}:${m.level}`], 1e-12);
    expect(margins.map((m) => m.target)).toEqual([4421, 755, 1018, 1072, 5122]);
    close(r.json.estimates[0].estimate, e.values['mean:est:api00'], 1e-9);
    close(r.json.estimates[0].se, e.values['mean:se:api00'], 1e-8);
  });

  it('a rake that converges prints no warning and no rake report', async () => {
    const r = await kepu(...dclus1, '--rake', 'stype,sch.wide', '--margins', marginsFile, '--mean', 'api00');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.json.rake).toBeUndefined();
    expect(r.json.warnings).toBeUndefined();
  });

  it('--maxit without --rake or --calibrate is a usage error', async () => {
    const r = await kepu(...dclus1, '--maxit', '3', '--mean', 'api00');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--maxit and --epsilon go with --rake or --calibrate/);
  });
});
