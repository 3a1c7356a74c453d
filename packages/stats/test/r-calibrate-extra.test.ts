// Logit calibration, bounded and logit calibration of a replicate design (streamed replicate by replicate)
// and raking that does not converge, against R survey 4.1-1 (test/r/calibrate-cases.R →
// test/fixtures/r-calibrate-extra-expected.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analysisWeightMatrix,
  asReplicateDesign,
  type CalibrateSpec,
  calibrate,
  type Design,
  margin,
  type ReplicateDesign,
  rake,
  rakeDetailed,
  type StatsError,
  svyby,
  svymean,
  svytotal,
} from '../src/index.ts';
import { taylorDesign } from './helpers/fixtures.ts';

interface Entry {
  id: string;
  call: string;
  warning?: string;
  values: Record<string, number>;
}
const entries = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'r-calibrate-extra-expected.json'), 'utf8'),
) as Entry[];
const entry = (id: string) => entries.find((e) => e.id === id) as Entry;
/** Relative tolerance: estimates and SEs 1e-8 (Newton to R's epsilon 1e-7 reaches the same η to ~1e-12). */
const REL = 1e-8;

function close(got: number, want: number, what: string, rel = REL): void {
  if (want === 0) {
    expect(got, what).toBe(0);
    return;
  }
  expect(Math.abs(got - want) / Math.abs(want), `${what}: got ${got}, want ${want}`).toBeLessThanOrEqual(rel);
}

const pop = { '(Intercept)': 6194, stypeH: 755, stypeM: 1018, api99: 3914069 };
const popSw = { '(Intercept)': 6194, 'sch.wideYes': 5122, api99: 3914069 };
const bounds = (lower: number, upper: number) => ({ lower, upper });
const rclus1 = () => asReplicateDesign(taylorDesign('dclus1'), { type: 'JK1' });

const cases: Record<string, () => Design> = {
  logit_dclus1: () =>
    calibrate(taylorDesign('dclus1'), {
      variables: ['stype', 'api99'],
      population: pop,
      calfun: 'logit',
      bounds: bounds(0.7, 1.7),
    }),
  logit_dclus1_wide: () =>
    calibrate(taylorDesign('dclus1'), {
      variables: ['stype', 'api99'],
      population: pop,
      calfun: 'logit',
      bounds: bounds(0.2, 5),
    }),
  logit_dstrat: () =>
    calibrate(taylorDesign('dstrat'), {
      variables: ['sch.wide', 'api99'],
      population: popSw,
      calfun: 'logit',
      bounds: bounds(0.6, 1.5),
    }),
  linear_dclus1_bounded: () =>
    calibrate(taylorDesign('dclus1'), {
      variables: ['stype', 'api99'],
      population: pop,
      bounds: bounds(0.7, 1.7),
    }),
  logit_rclus1: () =>
    calibrate(rclus1(), {
      variables: ['stype', 'api99'],
      population: pop,
      calfun: 'logit',
      bounds: bounds(0.7, 1.7),
    }),
  linear_rclus1_bounded: () =>
    calibrate(rclus1(), { variables: ['stype', 'api99'], population: pop, bounds: bounds(0.7, 1.7) }),
  raking_rclus1: () =>
    calibrate(rclus1(), { variables: ['stype', 'api99'], population: pop, calfun: 'raking' }),
  linear_rclus1: () => calibrate(rclus1(), { variables: ['stype', 'api99'], population: pop }),
};

/** The values test/r/calibrate-cases.R prints for a calibrated design. */
function summarise(d: Design): Record<string, number> {
  const out: Record<string, number> = {};
  const m = svymean(d, 'api00');
  out['mean:est:api00'] = m.estimate[0];
  out['mean:se:api00'] = m.se[0];
  const t = svytotal(d, 'enroll', { naRm: true });
  out['total:est:enroll'] = t.estimate[0];
  out['total:se:enroll'] = t.se[0];
  for (const { key, result } of svyby(d, 'stype', (domain) => svymean(d, 'api00', { domain })).domains) {
    out[`bymean:est:${key.stype}`] = result.estimate[0];
    out[`bymean:se:${key.stype}`] = result.se[0];
  }
  // R's weights(d): the sampling weights, or for a replicate design the n × R analysis weights by column
  const w = d.kind === 'taylor' ? d.weights : analysisWeightMatrix(d);
  w.forEach((v, k) => {
    out[`w${k + 1}`] = v;
  });
  return out;
}

describe('calibrate: logit, bounded linear, replicate designs (R survey 4.1-1, relative 1e-8)', () => {
  for (const [id, make] of Object.entries(cases)) {
    const e = entry(id);
    it(e.call, () => {
      const got = summarise(make());
      expect(Object.keys(got).sort()).toEqual(Object.keys(e.values).sort());
      for (const [k, want] of Object.entries(e.values)) close(got[k], want, k);
    });
  }

  it('logit g-weights stay strictly inside the bounds and hit the totals', () => {
    const base = taylorDesign('dclus1');
    const d = calibrate(base, {
      variables: ['stype', 'api99'],
      population: pop,
      calfun: 'logit',
      bounds: bounds(0.7, 1.7),
    });
    const g = d.weights.map((w, i) => w / base.weights[i]);
    expect(Math.min(...g)).toBeGreaterThan(0.7);
    expect(Math.max(...g)).toBeLessThan(1.7);
    close(svytotal(d, 'api99').estimate[0], pop.api99, 'api99 total', 1e-9);
  });

  it('logit calibration needs finite bounds around 1', () => {
    const spec: CalibrateSpec = {
      variables: ['stype'],
      population: { '(Intercept)': 6194, stypeH: 755, stypeM: 1018 },
      calfun: 'logit',
    };
    const code = (s: CalibrateSpec) => {
      try {
        calibrate(taylorDesign('dclus1'), s);
      } catch (e) {
        return (e as StatsError).code;
      }
      return 'none';
    };
    expect(code(spec)).toBe('INVALID_ARGUMENT');
    expect(code({ ...spec, bounds: bounds(1.1, 2) })).toBe('INVALID_ARGUMENT');
    expect(code({ ...spec, bounds: bounds(0.5, 2) })).toBe('none');
  });

  it("replicates whose calibration fails keep their last g and carry R's warning", () => {
    const d = cases.linear_rclus1_bounded() as ReplicateDesign;
    expect(d.warnings?.length).toBeGreaterThan(0);
    expect(d.warnings?.[0]).toMatch(/^replicate \d+: Failed to converge: eps=[\d.e-]+ in 51 iterations$/);
  });
});

describe('calibration of a replicate design streams replicate by replicate', () => {
  it('keeps the base replicate weights and one η per replicate, not an n·R matrix; the same numbers as the materialised weights', () => {
    const d = cases.logit_rclus1() as ReplicateDesign;
    expect(d.replicates.kind).toBe('calibrated');
    expect(d.df).toBe(rclus1().df);
    const values = analysisWeightMatrix(d);
    const materialised: ReplicateDesign = {
      ...d,
      replicates: { kind: 'matrix', nrep: d.replicates.nrep, values },
    };
    for (const v of ['api00', 'enroll']) {
      const a = svymean(d, v, { naRm: true });
      const b = svymean(materialised, v, { naRm: true });
      expect(a.estimate).toEqual(b.estimate);
      expect(a.se).toEqual(b.se);
    }
    const byA = svyby(d, 'stype', (domain) => svymean(d, 'api00', { domain }));
    const byB = svyby(materialised, 'stype', (domain) => svymean(materialised, 'api00', { domain }));
    expect(byA.domains.map((x) => [x.result.se[0], x.result.df])).toEqual(
      byB.domains.map((x) => [x.result.se[0], x.result.df]),
    );
  });

  it('domain degrees of freedom from the streamed weights equal the rank of the materialised ones', () => {
    // categorical calibration variables: rows with one PSU and one model row share a replicate vector
    const d = calibrate(rclus1(), {
      variables: ['stype', 'sch.wide'],
      population: { '(Intercept)': 6194, stypeH: 755, stypeM: 1018, 'sch.wideYes': 5122 },
      calfun: 'raking',
    });
    const values = analysisWeightMatrix(d);
    const materialised: ReplicateDesign = {
      ...d,
      replicates: { kind: 'matrix', nrep: d.replicates.nrep, values },
    };
    for (const by of ['stype', 'sch.wide', 'cname']) {
      const dfs = (x: ReplicateDesign) =>
        svyby(x, by, (domain) => svymean(x, 'api00', { domain })).domains.map((r) => r.result.df);
      const streamed = dfs(d);
      expect(streamed).toEqual(dfs(materialised));
      if (by === 'cname') expect(new Set(streamed).size).toBeGreaterThan(1);
    }
  });

  it('raking after calibration works on the streamed weights', () => {
    const d = calibrate(rclus1(), {
      variables: ['api99'],
      population: { '(Intercept)': 6194, api99: 3914069 },
    });
    const r = rake(d, [margin('stype', { E: 4421, H: 755, M: 1018 })]);
    close(svytotal(r, 'stype').estimate[1], 755, 'stype H', 1e-12);
  });
});

describe('raking that does not converge (R warns "Raking did not converge")', () => {
  const margins = [
    margin('stype', { E: 4421, H: 755, M: 1018 }),
    margin('sch.wide', { No: 1072, Yes: 5122 }),
  ];
  const designs: Record<string, [() => Design, number]> = {
    rake_dclus1_maxit1: [() => taylorDesign('dclus1'), 1],
    rake_dclus1_maxit2: [() => taylorDesign('dclus1'), 2],
    rake_rclus1_maxit1: [rclus1, 1],
  };
  for (const [id, [make, maxit]] of Object.entries(designs)) {
    const e = entry(id);
    it(`${e.call}: warning, margins achieved vs target, estimates`, () => {
      const r = rakeDetailed(make(), margins, { maxit, epsilon: 1e-12 });
      expect(r.converged).toBe(false);
      expect(r.warning).toBe(e.warning);
      expect(r.design.warnings).toEqual([e.warning]);
      for (const cell of r.margins) {
        const key = `margin:${cell.variables[0]}:${cell.levels[0]}`;
        close(cell.achieved, e.values[key], key, 1e-12);
        expect(cell.target).toBe(
          cell.variables[0] === 'stype'
            ? { E: 4421, H: 755, M: 1018 }[cell.levels[0]]
            : { No: 1072, Yes: 5122 }[cell.levels[0]],
        );
      }
      const m = svymean(r.design, 'api00');
      close(m.estimate[0], e.values['mean:est:api00'], 'mean');
      close(m.se[0], e.values['mean:se:api00'], 'se');
    });
  }
  it('a rake that converges has no warning and its margins hit the targets', () => {
    const r = rakeDetailed(taylorDesign('dclus1'), margins);
    expect(r.converged).toBe(true);
    expect(r.warning).toBeUndefined();
    expect(r.design.warnings).toBeUndefined();
    for (const cell of r.margins) expect(Math.abs(cell.achieved - cell.target)).toBeLessThan(1);
  });
});
