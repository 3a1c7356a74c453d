// PPS designs without replacement against R survey 4.1-1 (test/r/pps-cases.R → test/fixtures/r-pps-expected.json):
// Brewer (one and two stages, stratified, clusters), Overton and Hartley–Rao (with and without Σπ²/n) — totals,
// means with their covariance, by-domain means and totals, degf.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type DesignSpec,
  degf,
  type Frame,
  numericColumn,
  type StatsError,
  type SvyStat,
  svyby,
  svydesign,
  svymean,
  svytotal,
  type TaylorDesign,
} from '../src/index.ts';
import { readCsv } from './helpers/csv.ts';

interface Entry {
  id: string;
  design: string;
  call: string;
  values: Record<string, number>;
}
const FIXTURES = join(import.meta.dirname, 'fixtures');
const entries = JSON.parse(readFileSync(join(FIXTURES, 'r-pps-expected.json'), 'utf8')) as Entry[];
/** Relative tolerance for estimates, SEs and covariances. */
const REL = 1e-9;

const frames: Record<string, Frame> = {
  el: readCsv(join(FIXTURES, 'pps-election.csv')),
  st: readCsv(join(FIXTURES, 'pps-strat.csv')),
  c1: readCsv(join(FIXTURES, 'pps-clus2.csv')),
};
frames.c2 = frames.c1;

const psumOf = (frame: Frame) => numericColumn(frame, 'psum')[0];
/** Per-stratum Σπ²/n of the stratified sample, keyed by stratum label (R: HR(psum matrix, strata matrix)). */
function psumByStratum(frame: Frame): Record<string, number> {
  const s = numericColumn(frame, 'strcode');
  const v = numericColumn(frame, 'psum');
  const out: Record<string, number> = {};
  for (let i = 0; i < s.length; i++) out[String(s[i])] = v[i];
  return out;
}

const specs: Record<string, DesignSpec> = {
  el_brewer: { fpc: ['p'], pps: 'brewer' },
  el_overton: { fpc: ['p'], pps: 'overton' },
  el_hr: { fpc: ['p'], pps: { method: 'HR', psum: psumOf(frames.el) } },
  el_hr1: { fpc: ['p'], pps: { method: 'HR' } },
  st_brewer: { strata: 'stype', fpc: ['p'], pps: 'brewer' },
  st_overton: { strata: 'strcode', fpc: ['p'], pps: 'overton' },
  st_hr: { strata: 'strcode', fpc: ['p'], pps: { method: 'HR', psum: psumByStratum(frames.st) } },
  st_hr1: { strata: 'strcode', fpc: ['p'], pps: { method: 'HR' } },
  c1_brewer: { ids: ['dnum'], fpc: ['p1'], pps: 'brewer' },
  c1_overton: { ids: ['dnum'], fpc: ['p1'], pps: 'overton' },
  c1_hr1: { ids: ['dnum'], fpc: ['p1'], pps: { method: 'HR' } },
  c2_brewer: { ids: ['dnum', 'snum'], fpc: ['p1', 'p2'], pps: 'brewer' },
};
const design = (name: string): TaylorDesign => svydesign(frames[name.slice(0, 2)], specs[name]);

function close(got: number, want: number, what: string): void {
  expect(Math.abs(got - want) / Math.abs(want), `${what}: got ${got}, want ${want}`).toBeLessThanOrEqual(REL);
}

/** R's call text "svytotal(~a+b, D)" / "svyby(~y, ~g, D, svymean)" run on our design. */
function run(d: TaylorDesign, call: string): Record<string, number> {
  const by = /^svyby\(~([\w.]+), ~([\w.]+), D, (svymean|svytotal)\)$/.exec(call);
  if (by !== null) {
    const f = by[3] === 'svymean' ? svymean : svytotal;
    const r = svyby(d, by[2], (domain) => f(d, by[1], { domain }));
    const out: Record<string, number> = {};
    for (const { key, result } of r.domains) {
      out[`est:${key[by[2]]}`] = result.estimate[0];
      out[`se:${key[by[2]]}`] = result.se[0];
    }
    return out;
  }
  const m = /^(svymean|svytotal)\(~([\w.+]+), D\)$/.exec(call);
  if (m === null) throw new Error(`unexpected call ${call}`);
  const vars = m[2].split('+');
  const s: SvyStat = (m[1] === 'svymean' ? svymean : svytotal)(d, vars);
  const out: Record<string, number> = {};
  vars.forEach((v, k) => {
    out[`est:${v}`] = s.estimate[k];
    out[`se:${v}`] = s.se[k];
  });
  if (vars.length === 2) out.cov12 = s.vcov[0][1];
  return out;
}

describe('PPS designs without replacement match R survey (relative 1e-9)', () => {
  for (const e of entries) {
    it(`${e.design}: ${e.call}`, () => {
      const d = design(e.design);
      const got = e.call === 'degf(D)' ? { degf: degf(d) } : run(d, e.call);
      expect(Object.keys(got).sort()).toEqual(Object.keys(e.values).sort());
      for (const [k, want] of Object.entries(e.values)) {
        if (k === 'degf') expect(got[k]).toBe(want);
        else close(got[k], want, k);
      }
    });
  }
});

describe('PPS design errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as StatsError).code;
    }
    return 'none';
  };
  it('rejects population sizes as fpc, overton with two stages, an unknown method, a stratum without psum', () => {
    const f = frames.c1;
    const withN = new Map(f.columns);
    withN.set(
      'N',
      Float64Array.from(numericColumn(f, 'p1'), (p) => 3 / p),
    );
    expect(
      code(() => svydesign({ nrow: f.nrow, columns: withN }, { ids: ['dnum'], fpc: ['N'], pps: 'brewer' })),
    ).toBe('INVALID_FPC');
    expect(code(() => svydesign(f, { ids: ['dnum', 'snum'], fpc: ['p1', 'p2'], pps: 'overton' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(code(() => svydesign(f, { fpc: ['p1'], pps: 'sampford' as 'brewer' }))).toBe('INVALID_ARGUMENT');
    expect(
      code(() =>
        svydesign(frames.st, { strata: 'strcode', fpc: ['p'], pps: { method: 'HR', psum: { '1': 0.1 } } }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
  it('rejects a selection probability that varies within a cluster, naming the row', () => {
    const f = frames.c1;
    const p = Float64Array.from(numericColumn(f, 'p1'));
    p[1] = p[1] / 2;
    const cols = new Map(f.columns);
    cols.set('p1', p);
    expect(() =>
      svydesign({ nrow: f.nrow, columns: cols }, { ids: ['dnum'], fpc: ['p1'], pps: 'brewer' }),
    ).toThrow(/varies within a cluster at stage 1 \(row 2\)/);
  });
});
