// Post-stratification, raking and calibration against R survey 4.1-1: every such case of r-survey-expected.json.
import { describe, expect, it } from 'vitest';
import {
  asReplicateDesign,
  type CalibrateSpec,
  calibrate,
  calibrationTotals,
  type Design,
  type Margin,
  margin,
  marginsFromRows,
  postStratify,
  rake,
  rakeDetailed,
  StatsError,
  svydesign,
  svymean,
  svytotal,
} from '../src/index.ts';
import { apiFrame, type ExpectedCase, loadExpected, taylorDesign } from './helpers/fixtures.ts';

const expected = loadExpected();
const REL = expected.meta.suggested_tolerance.relative;
const REL_ITERATIVE = 1e-6;

function close(got: number, want: number, rel = REL): void {
  const scale = Math.max(Math.abs(want), Number.MIN_VALUE);
  expect(Math.abs(got - want) / scale, `got ${got}, want ${want}`).toBeLessThanOrEqual(rel);
}

/** Population margins of the JSON file's meta.calibration_targets. */
const targets = (expected.meta as unknown as { calibration_targets: Record<string, unknown> })
  .calibration_targets;
function marginOf(name: 'pop.types' | 'pop.schwide'): Margin {
  const rows = targets[name] as Record<string, string | number>[];
  const variable = Object.keys(rows[0]).find((k) => k !== 'Freq') as string;
  return margin(variable, Object.fromEntries(rows.map((r) => [String(r[variable]), Number(r.Freq)])));
}
const popTypes = marginOf('pop.types');
const popSchwide = marginOf('pop.schwide');
const popTotals = targets['pop.totals'] as Record<string, number>;

const rclus1 = () => asReplicateDesign(taylorDesign('dclus1'), { type: 'JK1' });

/** The calibrated designs of the JSON file, built as their R calls say. */
function calibratedDesign(id: string): Design {
  switch (id) {
    case 'dclus1p':
      return postStratify(taylorDesign('dclus1'), popTypes);
    case 'rclus1p':
      return postStratify(rclus1(), popTypes);
    case 'dclus1r':
      return rake(taylorDesign('dclus1'), [popTypes, popSchwide]);
    case 'rclus1r':
      return rake(rclus1(), [popTypes, popSchwide]);
    case 'dclus1g':
      return calibrate(taylorDesign('dclus1'), { variables: ['stype'], population: popTotals });
    case 'dclus1g3':
      return calibrate(taylorDesign('dclus1'), {
        variables: ['stype', 'api99'],
        population: { ...popTotals, api99: 3914069 },
      });
    case 'dclus1rk':
      return calibrate(taylorDesign('dclus1'), {
        variables: ['stype', 'sch.wide'],
        population: { ...popTotals, 'sch.wideYes': 5122 },
        calfun: 'raking',
      });
    default:
      throw new Error(`no calibrated design '${id}'`);
  }
}

const FEATURES = [
  'poststratify_taylor',
  'poststratify_jk1',
  'rake_taylor',
  'rake_margins',
  'calibrate_linear',
];
const ITERATIVE = new Set(['rake_taylor', 'rake_margins', 'calibrate_raking']);
const cases = expected.cases.filter((c) => FEATURES.includes(c.feature));

function run(c: ExpectedCase, d: Design) {
  const m = /^svy(mean|total)\(~([\w.]+), (\w+)\)$/.exec(c.call);
  if (!m) throw new Error(`unhandled call ${c.call}`);
  return m[1] === 'mean' ? svymean(d, m[2]) : svytotal(d, m[2]);
}

describe('calibrated designs match R survey 4.1-1 (r-survey-expected.json)', () => {
  it('covers every calibration feature of the file', () => {
    expect(new Set(cases.map((c) => c.feature))).toEqual(new Set(FEATURES));
  });

  for (const c of cases) {
    const design = expected.designs[c.design];
    it(`${c.id}: ${c.call} on ${design.r}`, () => {
      const rel = ITERATIVE.has(c.feature) ? REL_ITERATIVE : REL;
      const d = calibratedDesign(c.design);
      const got = run(c, d);
      const r = c.result as unknown as {
        estimate: Record<string, number>;
        se: Record<string, number>;
        vcov?: number[][];
      };
      const names = Object.keys(r.estimate);
      expect(got.names).toEqual(names);
      names.forEach((name, j) => {
        close(got.estimate[j], r.estimate[name], rel);
        close(got.se[j], r.se[name], rel);
      });
      for (const [a, row] of (r.vcov ?? []).entries()) {
        for (const [b, v] of row.entries()) close(got.vcov[a][b], v, rel);
      }
      const df = d.kind === 'taylor' ? d.degf : d.df;
      expect(df).toBe(design.degf);
    });
  }
});

/*
 * Designs of the JSON file without a visible case, and other held-out kinds, checked against
 * R 4.2.2 with survey 4.1-1 (the versions of the JSON file) on this machine, e.g.
 * svymean(~api00, calibrate(dclus1, ~stype+api99, c(`(Intercept)`=6194, stypeH=755, stypeM=1018, api99=3914069))).
 */
describe('more calibration cases computed with R survey 4.1-1', () => {
  it('dclus1g3: svymean(~api00) and svytotal(~enroll) after calibrate(dclus1, ~stype+api99, …) (GREG with a numeric column)', () => {
    const d = calibratedDesign('dclus1g3');
    const m = svymean(d, 'api00');
    close(m.estimate[0], 665.30907116577998);
    close(m.se[0], 3.4417531164048079);
    const t = svytotal(d, 'enroll');
    close(t.estimate[0], 3638487.2041318798);
    close(t.se[0], 385524.42735247884);
  });

  it("dclus1rk: svymean(~api00, calibrate(dclus1, ~stype+sch.wide, …, calfun='raking')) and the margins it hits", () => {
    const d = calibratedDesign('dclus1rk');
    const m = svymean(d, 'api00');
    close(m.estimate[0], 641.23032092412427, REL_ITERATIVE);
    close(m.se[0], 23.703616888420179, REL_ITERATIVE);
    const t = svytotal(d, 'stype');
    [4421, 755, 1018].forEach((v, j) => {
      close(t.estimate[j], v, 1e-7);
    });
    // R's SEs here are rounding noise around 0 (≈1e-12); ours must be as negligible
    for (const se of t.se) expect(se).toBeLessThan(1e-6);
  });

  it('rclus1r: svymean(~api00, rake(rclus1, list(~stype,~sch.wide), …)) re-rakes every replicate', () => {
    const d = calibratedDesign('rclus1r');
    const m = svymean(d, 'api00');
    close(m.estimate[0], 641.23024686220879, REL_ITERATIVE);
    close(m.se[0], 26.873474236089432, REL_ITERATIVE);
    expect(d.kind === 'replicate' ? d.df : -1).toBe(expected.designs.rclus1r.degf);
    const t = svytotal(d, 'stype');
    close(t.se[0], 0.29685351900151613, REL_ITERATIVE);
    close(t.se[1], 0.090731123711241479, REL_ITERATIVE);
    close(t.se[2], 0.2065615953910695, REL_ITERATIVE);
  });

  it('calibrate(rclus1, ~stype+api99, …) and calibrate(rclus1, ~stype+sch.wide, …, calfun="raking") recalibrate every replicate', () => {
    const g = calibrate(rclus1(), {
      variables: ['stype', 'api99'],
      population: { ...popTotals, api99: 3914069 },
    });
    close(svymean(g, 'api00').se[0], 3.94285448376767);
    expect(g.df).toBe(14);
    const rk = calibrate(rclus1(), {
      variables: ['stype', 'sch.wide'],
      population: { ...popTotals, 'sch.wideYes': 5122 },
      calfun: 'raking',
    });
    close(svymean(rk, 'api00').estimate[0], 641.2303209241244, REL_ITERATIVE);
    close(svymean(rk, 'api00').se[0], 26.873980438303633, REL_ITERATIVE);
  });

  it('svyby(~api00, ~stype, postStratify(dclus1, ~stype, pop.types), svymean) and the same after rake()', () => {
    const stype = taylorDesign('dclus1').frame.columns.get('stype') as string[];
    const dom = (l: string) => Uint8Array.from(stype, (x) => (x === l ? 1 : 0));
    const ps = calibratedDesign('dclus1p');
    const wantPs = {
      E: [648.86805555555554, 22.362408893831891],
      H: [618.57142857142856, 38.020249359407529],
      M: [631.44000000000005, 31.609465227245526],
    };
    for (const [l, [e, se]] of Object.entries(wantPs)) {
      const s = svymean(ps, 'api00', { domain: dom(l) });
      close(s.estimate[0], e);
      close(s.se[0], se);
    }
    const rk = calibratedDesign('dclus1r');
    const wantRk = {
      E: [647.44664091083098, 22.808417285672501],
      H: [621.29174782104587, 36.743003055979749],
      M: [629.02163572282916, 29.963034211265612],
    };
    for (const [l, [e, se]] of Object.entries(wantRk)) {
      const s = svymean(rk, 'api00', { domain: dom(l) });
      close(s.estimate[0], e, REL_ITERATIVE);
      close(s.se[0], se, REL_ITERATIVE);
    }
  });

  it('postStratify(dstrat, ~sch.wide, pop.schwide) and the same on as.svrepdesign(dstrat) (JKn)', () => {
    const m = svymean(postStratify(taylorDesign('dstrat'), popSchwide), 'api00');
    close(m.estimate[0], 662.20302945044432);
    close(m.se[0], 9.272543899907804);
    const r = svymean(
      postStratify(asReplicateDesign(taylorDesign('dstrat'), { type: 'JKn' }), popSchwide),
      'api00',
    );
    close(r.se[0], 9.3132517051994466);
  });

  it('rake(dclus2, list(~stype,~sch.wide), …): svymean(~api00) and svytotal(~enroll, na.rm=TRUE) on a two-stage design', () => {
    const d = rake(taylorDesign('dclus2'), [popTypes, popSchwide]);
    const m = svymean(d, 'api00');
    close(m.estimate[0], 681.70065388163869, REL_ITERATIVE);
    close(m.se[0], 31.729053698880872, REL_ITERATIVE);
    const t = svytotal(d, 'enroll', { naRm: true });
    close(t.estimate[0], 3033490.3797754939, REL_ITERATIVE);
    close(t.se[0], 315709.89559894096, REL_ITERATIVE);
  });

  it('postStratify(dclus1, ~stype+sch.wide, <6 cells>): post-strata crossing two variables', () => {
    const cells: Margin = {
      variables: ['stype', 'sch.wide'],
      cells: [
        { levels: ['E', 'No'], count: 500 },
        { levels: ['H', 'No'], count: 200 },
        { levels: ['M', 'No'], count: 372 },
        { levels: ['E', 'Yes'], count: 3921 },
        { levels: ['H', 'Yes'], count: 555 },
        { levels: ['M', 'Yes'], count: 646 },
      ],
    };
    const m = svymean(postStratify(taylorDesign('dclus1'), cells), 'api00');
    close(m.estimate[0], 641.13819703329716);
    close(m.se[0], 23.04143961710836);
  });

  it("rake(dclus1, …, control=list(maxit=3, epsilon=1e-6)) does not converge: the design with R's warning", () => {
    const d = taylorDesign('dclus1');
    const raked = rake(d, [popTypes, popSchwide], { maxit: 3, epsilon: 1e-6 });
    expect(raked.warnings).toEqual(['Raking did not converge after 3 iterations.']);
    const r = rakeDetailed(d, [popTypes, popSchwide], { maxit: 3, epsilon: 1e-6 });
    expect(r.converged).toBe(false);
    expect(r.warning).toBe('Raking did not converge after 3 iterations.');
    const m = svymean(r.design, 'api00');
    close(m.estimate[0], 641.22939939478783, REL_ITERATIVE);
    close(m.se[0], 23.703920458830048, REL_ITERATIVE);
  });
});

describe('bounded calibration (R survey 4.1-1)', () => {
  it('calibrate(dclus1, ~stype, pop.totals, bounds=c(0.5, 2)): bounded linear (Newton as grake)', () => {
    const d = calibrate(taylorDesign('dclus1'), {
      variables: ['stype'],
      population: popTotals,
      bounds: { lower: 0.5, upper: 2 },
    });
    const m = svymean(d, 'api00');
    close(m.estimate[0], 642.31078821158212, REL_ITERATIVE);
    close(m.se[0], 23.920486445090386, REL_ITERATIVE);
  });

  it("calibrate(dclus1, ~stype+api99, …, bounds=c(0.5, 2), calfun='raking')", () => {
    const d = calibrate(taylorDesign('dclus1'), {
      variables: ['stype', 'api99'],
      population: { ...popTotals, api99: 3914069 },
      bounds: { lower: 0.5, upper: 2 },
      calfun: 'raking',
    });
    const m = svymean(d, 'api00');
    close(m.estimate[0], 665.39378261401646, REL_ITERATIVE);
    close(m.se[0], 3.4377535197649087, REL_ITERATIVE);
    for (const w of d.weights) expect(w).toBeGreaterThan(0);
  });
});

describe('calibration inputs and errors', () => {
  const d = taylorDesign('dclus1');
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof StatsError) return e.code;
      throw e;
    }
    return 'no error';
  };

  it('calibrationTotals turns totals per level into R-named totals (intercept = sum of a factor)', () => {
    const spec = calibrationTotals(d.frame, [
      { variable: 'stype', level: 'E', total: 4421 },
      { variable: 'stype', level: 'H', total: 755 },
      { variable: 'stype', level: 'M', total: 1018 },
      { variable: 'api99', level: null, total: 3914069 },
    ]);
    expect(spec).toEqual({
      variables: ['stype', 'api99'],
      population: { '(Intercept)': 6194, stypeH: 755, stypeM: 1018, api99: 3914069 },
    });
    const a = svymean(calibrate(d, spec), 'api00');
    const b = svymean(calibratedDesign('dclus1g3'), 'api00');
    close(a.se[0], b.se[0], 1e-12);
  });

  it('calibrationTotals takes a numeric column given per level as a factor: R calibrate(d, ~factor(yr)+api99, …) on dstrat', () => {
    const d = taylorDesign('dstrat');
    const yr = Float64Array.from(d.frame.columns.get('yr.rnd') as string[], (v) => (v === 'Yes' ? 1 : 0));
    const frame = { nrow: d.nrow, columns: new Map([...d.frame.columns, ['yr', yr]]) };
    const spec = calibrationTotals(frame, [
      { variable: 'yr', level: '0', total: 6194 - 800 },
      { variable: 'yr', level: '1', total: 800 },
      { variable: 'api99', level: null, total: 3914069 },
    ]);
    expect(spec).toEqual({
      variables: ['yr', 'api99'],
      population: { '(Intercept)': 6194, yr1: 800, api99: 3914069 },
      factors: ['yr'],
    });
    const m = svymean(calibrate({ ...d, frame }, spec), 'api00');
    close(m.estimate[0], 664.57223573956207);
    close(m.se[0], 1.8998225183655204);
  });

  it('marginsFromRows groups a margins file by variable', () => {
    const ms = marginsFromRows([
      { variable: 'stype', level: 'E', total: 4421 },
      { variable: 'sch.wide', level: 'No', total: 1072 },
      { variable: 'stype', level: 'H', total: 755 },
    ]);
    expect(ms.map((m) => m.variables[0])).toEqual(['stype', 'sch.wide']);
    expect(ms[0].cells).toEqual([
      { levels: ['E'], count: 4421 },
      { levels: ['H'], count: 755 },
    ]);
  });

  it('unknown level in a margin → UNKNOWN_LEVEL; a sample level missing from the population → INVALID_ARGUMENT', () => {
    expect(code(() => postStratify(d, margin('stype', { E: 4421, H: 755, M: 1018, X: 5 })))).toBe(
      'UNKNOWN_LEVEL',
    );
    expect(code(() => postStratify(d, margin('stype', { E: 4421, H: 755 })))).toBe('INVALID_ARGUMENT');
    expect(code(() => postStratify(d, margin('nosuch', { a: 1 })))).toBe('UNKNOWN_COLUMN');
  });

  it('a post-stratum with no sample → EMPTY_POSTSTRATUM, ignored with partial (R: partial=TRUE)', () => {
    const cells: Margin = {
      variables: ['stype', 'sch.wide'],
      cells: [
        { levels: ['E', 'No'], count: 500 },
        { levels: ['H', 'No'], count: 200 },
        { levels: ['M', 'No'], count: 372 },
        { levels: ['E', 'Yes'], count: 3921 },
        { levels: ['H', 'Yes'], count: 555 },
        { levels: ['M', 'Yes'], count: 646 },
      ],
    };
    const stype = d.frame.columns.get('stype') as string[];
    const sw = d.frame.columns.get('sch.wide') as string[];
    // drop the sample's H/No schools from a design on the same data: that post-stratum is then empty
    const keep = Uint8Array.from(stype, (s, i) => (s === 'H' && sw[i] === 'No' ? 0 : 1));
    const frame = {
      nrow: keep.reduce((a, b) => a + b, 0),
      columns: new Map(
        [...d.frame.columns].map(([k, v]) => [
          k,
          Array.isArray(v)
            ? v.filter((_, i) => keep[i] === 1)
            : (v as Float64Array).filter((_, i) => keep[i] === 1),
        ]),
      ),
    };
    const cut = svydesign(frame, { ids: ['dnum'], weights: 'pw', fpc: ['fpc'] });
    expect(code(() => postStratify(cut, cells))).toBe('EMPTY_POSTSTRATUM');
    const partial = postStratify(cut, cells, { partial: true });
    const t = svytotal(partial, 'stype');
    close(t.estimate[0], 4421, 1e-12);
  });

  it('calibrate with a total that matches no column → UNKNOWN_LEVEL; a missing total → INVALID_ARGUMENT', () => {
    const spec: CalibrateSpec = { variables: ['stype'], population: { ...popTotals, stypeX: 3 } };
    expect(code(() => calibrate(d, spec))).toBe('UNKNOWN_LEVEL');
    expect(
      code(() => calibrate(d, { variables: ['stype'], population: { '(Intercept)': 6194, stypeH: 755 } })),
    ).toBe('INVALID_ARGUMENT');
  });

  it('raking calibration to unattainable totals → NOT_CONVERGED (R: "Calibration failed")', () => {
    // a level total larger than the population size: no positive weights reach it
    const spec: CalibrateSpec = {
      variables: ['stype'],
      population: { '(Intercept)': 6194, stypeH: 7000, stypeM: 1018 },
      calfun: 'raking',
      maxit: 20,
    };
    expect(code(() => calibrate(d, spec))).toBe('NOT_CONVERGED');
  });

  it('rake margins that disagree on the population size → INVALID_ARGUMENT (R would fit only the last one)', () => {
    expect(code(() => rake(d, [popTypes, margin('sch.wide', { No: 2000, Yes: 6000 })]))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('post-stratifying a JK1 design whose replicate drops a whole post-stratum → EMPTY_POSTSTRATUM', () => {
    const frame = apiFrame('apiclus1');
    const dnum = frame.columns.get('dnum') as Float64Array;
    const rep = asReplicateDesign(svydesign(frame, { ids: ['dnum'], weights: 'pw', fpc: ['fpc'] }), {
      type: 'JK1',
    });
    const only = Float64Array.from(dnum, (v) => (v === dnum[0] ? 1 : 0));
    const withFlag = {
      ...rep,
      frame: {
        nrow: frame.nrow,
        columns: new Map([...frame.columns, ['flag1', Array.from(only, (v) => (v === 1 ? 'a' : 'b'))]]),
      },
    };
    const m = margin('flag1', { a: 100, b: 6094 });
    expect(code(() => postStratify(withFlag, m))).toBe('EMPTY_POSTSTRATUM');
  });
});
