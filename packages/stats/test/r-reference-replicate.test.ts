// Replicate-weight designs against R survey 4.1-1: every jk1/brr/bootstrap case of r-survey-expected.json.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analysisWeightMatrix,
  asReplicateDesign,
  type Design,
  hadamard,
  numericColumn,
  type ReplicateDesign,
  StatsError,
  subset,
  svrepdesign,
  svydesign,
  svymean,
  svyratio,
  svytotal,
  svyvar,
} from '../src/index.ts';
import { readCsv } from './helpers/csv.ts';
import { apiFrame, DATA_DIR, type ExpectedCase, loadExpected, taylorDesign } from './helpers/fixtures.ts';

const expected = loadExpected();
const REL = expected.meta.suggested_tolerance.relative;

function close(got: number, want: number, rel = REL): void {
  const scale = Math.max(Math.abs(want), Number.MIN_VALUE);
  expect(Math.abs(got - want) / scale, `got ${got}, want ${want}`).toBeLessThanOrEqual(rel);
}

/** The replicate designs of the JSON file, built as its `designs` entries say. */
function replicateDesign(id: string): ReplicateDesign {
  switch (id) {
    case 'rclus1':
      return asReplicateDesign(taylorDesign('dclus1'), { type: 'JK1' });
    case 'rstrat':
      return asReplicateDesign(taylorDesign('dstrat'), { type: 'JKn' });
    case 'bclus1': {
      // R's bootstrap draws cannot be reproduced: use its exported analysis weights, and the scale
      // R's bootweights gives 15 PSUs and 50 replicates: n/((n − 1)(R − 1)).
      const boot = readCsv(join(DATA_DIR, 'api', 'apiclus1_boot50_repweights.csv'));
      const frame = taylorDesign('dclus1').frame;
      expect(Array.from(numericColumn(boot, 'snum'))).toEqual(Array.from(numericColumn(frame, 'snum')));
      const repweights = Array.from({ length: 50 }, (_, r) => numericColumn(boot, `rep${r + 1}`));
      return svrepdesign(frame, { repweights, weights: 'pw', type: 'bootstrap', scale: 15 / 14 / 49 });
    }
    case 'scd2brr':
    case 'scd2fay': {
      const scd = svydesign(apiFrame('scd'), { ids: ['ambulance'], strata: 'ESA', nest: true });
      return id === 'scd2brr'
        ? asReplicateDesign(scd, { type: 'BRR' })
        : asReplicateDesign(scd, { type: 'Fay', fayRho: 0.3 });
    }
    case 'scdrep': {
      const m = (expected.designs.scdrep as unknown as { repweights_matrix: number[][] }).repweights_matrix;
      const repweights = [0, 1, 2, 3].map((r) => Float64Array.from(m, (row) => row[r]));
      return svrepdesign(apiFrame('scd'), { repweights, type: 'BRR', combinedWeights: false });
    }
    default:
      throw new Error(`no replicate design '${id}'`);
  }
}

/** Runs the R call of a case through the public API. */
function run(c: ExpectedCase, design: Design): { estimate: number[]; se: number[] } {
  const call = c.call;
  let m = /^svymean\(~(\w+), (\w+)\)$/.exec(call);
  if (m) return svymean(design, m[1]);
  m = /^svytotal\(~(\w+), (\w+)\)$/.exec(call);
  if (m) return svytotal(design, m[1]);
  m = /^svyratio\(~([\w.]+), ~([\w.]+), (?:design=)?(\w+)\)$/.exec(call);
  if (m) return svyratio(design, m[1], m[2]);
  throw new Error(`unhandled call ${call}`);
}

const FEATURES = [
  'jk1_mean',
  'jk1_total',
  'jk1_proportion',
  'brr_mean',
  'brr_ratio',
  'brr_manual_ratio',
  'bootstrap_mean',
];
const cases = expected.cases.filter((c) => FEATURES.includes(c.feature));

describe('replicate designs match R survey 4.1-1 (r-survey-expected.json)', () => {
  it('covers every replicate feature of the file', () => {
    expect(new Set(cases.map((c) => c.feature))).toEqual(new Set(FEATURES));
  });

  for (const c of cases) {
    const design = expected.designs[c.design];
    it(`${c.id}: ${c.call} on ${design.r}`, () => {
      const d = replicateDesign(c.design);
      const got = run(c, d);
      const r = c.result as unknown as {
        estimate?: Record<string, number>;
        se: Record<string, number> | number;
        ratio?: number;
      };
      const est = r.estimate ? Object.values(r.estimate) : [r.ratio as number];
      const se = typeof r.se === 'number' ? [r.se] : Object.values(r.se);
      expect(got.estimate.length).toBe(est.length);
      est.forEach((v, j) => {
        close(got.estimate[j], v);
      });
      se.forEach((v, j) => {
        close(got.se[j], v);
      });
      expect(d.df).toBe(design.degf);
    });
  }

  it('as.svrepdesign(dclus1, type="JK1") reproduces the exported replicate weights and scale (1 − f)(n − 1)/n', () => {
    const d = replicateDesign('rclus1');
    expect(d.replicates.kind).toBe('psu-factors');
    close(d.scale, (expected.designs.rclus1 as unknown as { scale: number }).scale);
    const file = readCsv(join(DATA_DIR, 'api', 'apiclus1_jk1_repweights.csv'));
    const w = analysisWeightMatrix(d);
    const n = d.nrow;
    for (let r = 0; r < 15; r++) {
      const col = numericColumn(file, `rep${r + 1}`);
      for (let i = 0; i < n; i++) expect(w[r * n + i]).toBeCloseTo(col[i], 10);
    }
  });

  it('svrepdesign(repweights=JK1 file, type="JK1", scale=…) gives the same SE as as.svrepdesign', () => {
    const file = readCsv(join(DATA_DIR, 'api', 'apiclus1_jk1_repweights.csv'));
    const frame = taylorDesign('dclus1').frame;
    const d = svrepdesign(frame, {
      repweights: Array.from({ length: 15 }, (_, r) => numericColumn(file, `rep${r + 1}`)),
      weights: 'pw',
      type: 'JK1',
      scale: (expected.designs.rclus1 as unknown as { scale: number }).scale,
    });
    const c = expected.cases.find((x) => x.id === 'rclus1_jk1_mean_api00') as ExpectedCase;
    close(svymean(d, 'api00').se[0], (c.result.se as Record<string, number>).api00);
    expect(d.df).toBe(14);
  });

  it('as.svrepdesign(dstrat, type="JKn"): rscales (1 − f_h)(n_h − 1)/n_h per stratum, 200 replicates, degf 197', () => {
    const d = replicateDesign('rstrat');
    const info = expected.designs.rstrat as unknown as {
      replicates: number;
      rscales_by_stratum: Record<string, number>;
    };
    expect(d.replicates.nrep).toBe(info.replicates);
    const seen = [...new Set(Array.from(d.rscales))].sort();
    expect(seen).toEqual(Object.values(info.rscales_by_stratum).sort());
    expect(d.df).toBe(expected.designs.rstrat.degf);
  });

  it('as.svrepdesign(scd, type="Fay", fay.rho=0.3): 4 replicates, scale 1/(R(1 − ρ)²), degf 3', () => {
    const d = replicateDesign('scd2fay');
    const info = expected.designs.scd2fay as unknown as { scale: number; replicates: number; degf: number };
    expect(d.replicates.nrep).toBe(info.replicates);
    close(d.scale, info.scale);
    expect(d.df).toBe(info.degf);
  });

  it('as.svrepdesign(scd, type="BRR") builds the same half-samples as the manual BRR weights (same variance)', () => {
    const built = svyratio(replicateDesign('scd2brr'), 'alive', 'arrests');
    const manual = svyratio(replicateDesign('scdrep'), 'alive', 'arrests');
    close(built.se[0], manual.se[0], 1e-12);
  });
});

/*
 * Held-out kinds, checked against R 4.2.2 with survey 4.1-1 (the versions of the JSON file) on this
 * machine; e.g. for the first: rstrat <- as.svrepdesign(dstrat, type="JKn"); svymean(~api00, rstrat).
 */
describe('more replicate cases computed with R survey 4.1-1', () => {
  it('svymean(~api00, as.svrepdesign(dstrat, type="JKn"))', () => {
    const s = svymean(replicateDesign('rstrat'), 'api00');
    close(s.estimate[0], 662.28736315932076);
    close(s.se[0], 9.4089408027846098);
  });

  it('svytotal(~enroll, as.svrepdesign(dstrat, type="JKn"))', () => {
    const s = svytotal(replicateDesign('rstrat'), 'enroll');
    close(s.estimate[0], 3687177.5324382782);
    close(s.se[0], 114641.71610078032);
  });

  it('svymean(~api00, subset(rstrat, stype=="E")) and degf(subset(...)) = 99', () => {
    const d = replicateDesign('rstrat');
    const stype = d.frame.columns.get('stype') as string[];
    const sub = subset(
      d,
      Uint8Array.from(stype, (s) => (s === 'E' ? 1 : 0)),
    );
    const s = svymean(sub, 'api00');
    close(s.estimate[0], 674.43);
    close(s.se[0], 12.382479793907251);
  });

  it('svymean(~alive, scd2fay) and svyratio(~alive, ~arrests, scd2fay) with fay.rho = 0.3', () => {
    const d = replicateDesign('scd2fay');
    close(svymean(d, 'alive').se[0], 3.5823642100341129);
    close(svyratio(d, 'alive', 'arrests').se[0], 0.0095251874777052374);
  });

  it('svyby(~api00, ~stype, rclus1, svymean): domains of the replicate design', () => {
    const d = replicateDesign('rclus1');
    const stype = d.frame.columns.get('stype') as string[];
    const want = { E: 25.374303552398235, H: 46.344121745185973, M: 33.687619998631355 };
    for (const [level, se] of Object.entries(want)) {
      const s = svymean(d, 'api00', { domain: Uint8Array.from(stype, (x) => (x === level ? 1 : 0)) });
      close(s.se[0], se);
    }
  });

  it('svyratio(~api.stu, ~enroll, rclus1) and svyvar(~api00, rclus1)', () => {
    const d = replicateDesign('rclus1');
    const r = svyratio(d, 'api.stu', 'enroll');
    close(r.estimate[0], 0.84970874172448763);
    close(r.se[0], 0.0095170851756147205);
    const v = svyvar(d, 'api00');
    close(v.estimate[0][0], 11182.822794691647);
    close(v.se[0][0], 1738.66985528329);
  });

  it('svymean(~api00, as.svrepdesign(dclus1, type="JK1", mse=TRUE)) centres at the full-sample estimate', () => {
    const d = asReplicateDesign(taylorDesign('dclus1'), { type: 'JK1', mse: true });
    close(svymean(d, 'api00').se[0], 26.334857668459183);
  });

  it('hadamard(n) has the size R picks (4 for 1–3 strata, 28 stored, Paley 60, Sylvester 64, 96 for 90)', () => {
    const sizes = [1, 2, 3, 4, 7, 8, 24, 27, 36, 59, 63, 90, 200].map((n) => hadamard(n).size);
    expect(sizes).toEqual([4, 4, 4, 8, 8, 12, 28, 28, 40, 60, 64, 96, 212]);
    // rows/columns of a Hadamard matrix are orthogonal in ±1 form
    const h = hadamard(35);
    const s = h.size;
    for (let a = 0; a < s; a++) {
      for (let b = a + 1; b < s; b++) {
        let dot = 0;
        for (let j = 0; j < s; j++) dot += (2 * h.values[a * s + j] - 1) * (2 * h.values[b * s + j] - 1);
        expect(dot).toBe(0);
      }
    }
  });
});

/** Rows of apistrat: the first `counts[level]` schools of each school type, in E, H, M order. */
function apistratRows(counts: Record<string, number>) {
  const f = apiFrame('apistrat');
  const stype = f.columns.get('stype') as string[];
  const rows: number[] = [];
  for (const [level, k] of Object.entries(counts))
    rows.push(...stype.flatMap((s, i) => (s === level ? [i] : [])).slice(0, k));
  const columns = new Map(
    [...f.columns].map(([name, col]) => [
      name,
      Array.isArray(col) ? rows.map((i) => col[i]) : Float64Array.from(rows, (i) => col[i]),
    ]),
  );
  return { nrow: rows.length, columns };
}

describe('lonely PSUs, split BRR strata, bootstrap scale and svrepdesign defaults (R survey 4.1-1)', () => {
  // s <- rbind(E[1:30,], H[1,], M[1:20,]) of apistrat; options(survey.lonely.psu=...);
  // as.svrepdesign(svydesign(id=~1, strata=~stype, weights=~pw, data=s), type="JKn")
  const lonely = apistratRows({ E: 30, H: 1, M: 20 });
  const want = {
    adjust: { se: 18.440117054282926, df: 49, nrep: 51, scale: 1 },
    average: { se: 18.568417651636302, df: 48, nrep: 50, scale: 1.02 },
    remove: { se: 18.385473114732395, df: 48, nrep: 50, scale: 1 },
    certainty: { se: 18.385473114732395, df: 48, nrep: 50, scale: 1 },
  } as const;
  for (const [rule, w] of Object.entries(want)) {
    it(`JKn with a one-PSU stratum, survey.lonely.psu="${rule}": svymean(~api00) SE, degf, replicates, scale`, () => {
      const d = asReplicateDesign(
        svydesign(lonely, { strata: 'stype', weights: 'pw', lonelyPsu: rule as keyof typeof want }),
        { type: 'JKn' },
      );
      const m = svymean(d, 'api00');
      close(m.estimate[0], 667.57327523621632);
      close(m.se[0], w.se);
      expect([d.df, d.replicates.nrep]).toEqual([w.df, w.nrep]);
      close(d.scale, w.scale);
    });
  }

  it('JKn with a one-PSU stratum under "fail" → LONELY_PSU (R: "Stratum H has only one PSU")', () => {
    let err: unknown;
    try {
      asReplicateDesign(svydesign(lonely, { strata: 'stype', weights: 'pw' }), { type: 'JKn' });
    } catch (e) {
      err = e;
    }
    expect((err as StatsError).code).toBe('LONELY_PSU');
  });

  it('as.svrepdesign(type="BRR") splits strata of 4 and 6 PSUs into pairs: R\'s 8 half-samples exactly', () => {
    const d = asReplicateDesign(
      svydesign(apistratRows({ E: 4, H: 2, M: 6 }), { strata: 'stype', weights: 'pw' }),
      { type: 'BRR' },
    );
    const m = svymean(d, 'api00');
    close(m.estimate[0], 586.91658542763628);
    close(m.se[0], 46.860143106403918);
    expect([d.replicates.nrep, d.df]).toEqual([8, 6]);
    const rows = [
      '20202020',
      '02020202',
      '22002200',
      '00220022',
      '22000022',
      '00222200',
      '20022002',
      '02200220',
      '22220000',
      '00002222',
      '20200202',
      '02022020',
    ];
    const reps = d.replicates;
    if (reps.kind !== 'psu-factors') throw new Error('expected PSU factors');
    rows.forEach((row, p) => {
      expect(Array.from({ length: 8 }, (_, r) => reps.factors[r * reps.nPsu + p]).join('')).toBe(row);
    });
  });

  it('as.svrepdesign(type="bootstrap", replicates=20): scale n̄/((n̄ − 1)(R − 1)), n̄ the harmonic mean of PSUs per stratum', () => {
    close(
      asReplicateDesign(taylorDesign('dclus1'), { type: 'bootstrap', replicates: 20, seed: 7 }).scale,
      0.056390977443609019,
    );
    const strat = svydesign(apiFrame('apistrat'), { strata: 'stype', weights: 'pw' });
    close(
      asReplicateDesign(strat, { type: 'bootstrap', replicates: 20, seed: 7 }).scale,
      0.05352363960749331,
    );
  });

  it('the seeded bootstrap is reproducible, and different seeds give different replicates', () => {
    const a = asReplicateDesign(taylorDesign('dclus1'), { type: 'bootstrap', replicates: 30, seed: 11 });
    const b = asReplicateDesign(taylorDesign('dclus1'), { type: 'bootstrap', replicates: 30, seed: 11 });
    const c = asReplicateDesign(taylorDesign('dclus1'), { type: 'bootstrap', replicates: 30, seed: 12 });
    expect(svymean(a, 'api00').se[0]).toBe(svymean(b, 'api00').se[0]);
    expect(svymean(a, 'api00').se[0]).not.toBe(svymean(c, 'api00').se[0]);
    // every replicate draws n_h = 15 PSUs
    const reps = a.replicates;
    if (reps.kind !== 'psu-factors') throw new Error('expected PSU factors');
    for (let r = 0; r < 30; r++)
      expect(reps.factors.subarray(r * 15, (r + 1) * 15).reduce((x, y) => x + y, 0)).toBe(15);
  });

  it('svrepdesign(type="JK1", combined.weights=TRUE) without scale guesses (R − 1)/R; type="other" with scale, rscales, mse', () => {
    const rc = replicateDesign('rclus1');
    const W = analysisWeightMatrix(rc);
    const n = rc.nrow;
    const cols = Array.from({ length: 15 }, (_, r) => W.slice(r * n, (r + 1) * n));
    const jk = svrepdesign(rc.frame, { repweights: cols, weights: 'pw', type: 'JK1' });
    close(jk.scale, 14 / 15);
    close(svymean(jk, 'api00').se[0], 26.594161357710597);
    const pw = numericColumn(rc.frame, 'pw');
    const factors = svrepdesign(rc.frame, {
      repweights: cols.map((c) => c.map((v, i) => v / pw[i])),
      weights: 'pw',
      type: 'JK1',
      combinedWeights: false,
    });
    close(factors.scale, 14 / 15);
    const other = svrepdesign(rc.frame, {
      repweights: cols,
      weights: 'pw',
      type: 'other',
      scale: 0.5,
      rscales: new Array(15).fill(2),
      mse: true,
    });
    close(svymean(other, 'api00').se[0], 27.533319491979935);
  });
});

describe('replicate design errors', () => {
  const frame = apiFrame('scd');
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof StatsError) return e.code;
      throw e;
    }
    return 'no error';
  };

  it('replicate weights with the wrong number of rows → LENGTH_MISMATCH', () => {
    expect(code(() => svrepdesign(frame, { repweights: [new Float64Array(5)], type: 'JK1' }))).toBe(
      'LENGTH_MISMATCH',
    );
  });

  it('missing replicate weight → MISSING_WEIGHT; Fay without rho, BRR with a scale → INVALID_ARGUMENT', () => {
    const bad = new Float64Array(6).fill(1);
    bad[2] = Number.NaN;
    expect(code(() => svrepdesign(frame, { repweights: [bad], type: 'JK1' }))).toBe('MISSING_WEIGHT');
    const ok = [new Float64Array(6).fill(1), new Float64Array(6).fill(2)];
    expect(code(() => svrepdesign(frame, { repweights: ok, type: 'Fay' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => svrepdesign(frame, { repweights: ok, type: 'BRR', scale: 2 }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('JK1 on a stratified design, JKn/BRR on an unstratified one → INVALID_ARGUMENT', () => {
    const strat = svydesign(frame, { ids: ['ambulance'], strata: 'ESA', nest: true });
    expect(code(() => asReplicateDesign(strat, { type: 'JK1' }))).toBe('INVALID_ARGUMENT');
    expect(code(() => asReplicateDesign(taylorDesign('dclus1'), { type: 'BRR' }))).toBe('INVALID_ARGUMENT');
  });

  it('BRR with a one-PSU stratum → LONELY_PSU', () => {
    const keep = Uint8Array.from([1, 1, 1, 1, 1, 0]);
    const f = apiFrame('scd');
    const cut = svydesign(
      {
        nrow: 5,
        columns: new Map(
          [...f.columns].map(([k, v]) => [k, (v as Float64Array).filter((_, i) => keep[i] === 1)]),
        ),
      },
      { strata: 'ESA', ids: ['ambulance'], nest: true, lonelyPsu: 'remove' },
    );
    expect(code(() => asReplicateDesign(cut, { type: 'BRR' }))).toBe('LONELY_PSU');
  });
});
