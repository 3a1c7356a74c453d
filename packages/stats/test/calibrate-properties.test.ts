// Property tests (fast-check) of calibration and replicate variance: margins reproduced, invariances.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analysisWeightMatrix,
  asReplicateDesign,
  calibrate,
  type Design,
  type Frame,
  type Margin,
  makeFrame,
  postStratify,
  rake,
  rakeDetailed,
  svrepdesign,
  svydesign,
  svymean,
  svytotal,
} from '../src/index.ts';

interface Sample {
  a: string[];
  b: string[];
  x: Float64Array;
  w: Float64Array;
  cluster: Float64Array;
  levelsA: string[];
  levelsB: string[];
}

/**
 * Random samples in which every (a, b) combination occurs in each of clusters 0, 1, 2 (so raking has a
 * solution for any positive margins, also in every JK1 replicate), plus random rows in clusters 0–4,
 * with positive weights and a numeric x.
 */
const sampleArb: fc.Arbitrary<Sample> = fc
  .record({
    nA: fc.integer({ min: 2, max: 4 }),
    nB: fc.integer({ min: 2, max: 3 }),
    extra: fc.integer({ min: 0, max: 30 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ nA, nB, extra, seed }) => {
    let s = seed;
    const rnd = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 2 ** 32;
    };
    const levelsA = ['a1', 'a2', 'a3', 'a4'].slice(0, nA);
    const levelsB = ['b1', 'b2', 'b3'].slice(0, nB);
    const a: string[] = [];
    const b: string[] = [];
    const clusters: number[] = [];
    for (let c = 0; c < 3; c++) {
      for (const la of levelsA) {
        for (const lb of levelsB) {
          a.push(la);
          b.push(lb);
          clusters.push(c);
        }
      }
    }
    for (let k = 0; k < extra; k++) {
      a.push(levelsA[Math.floor(rnd() * nA)]);
      b.push(levelsB[Math.floor(rnd() * nB)]);
      clusters.push(Math.floor(rnd() * 5));
    }
    const n = a.length;
    const x = Float64Array.from({ length: n }, () => Math.round(rnd() * 1000) / 10);
    const w = Float64Array.from({ length: n }, () => 1 + rnd() * 20);
    const cluster = Float64Array.from(clusters);
    return { a, b, x, w, cluster, levelsA, levelsB };
  });

/** Positive population counts per level (from `min` to 1000), scaled so both margins sum to the same N. */
const marginsArb = (s: Sample, min = 1): fc.Arbitrary<[Margin, Margin]> =>
  fc
    .record({
      ca: fc.array(fc.integer({ min, max: 1000 }), {
        minLength: s.levelsA.length,
        maxLength: s.levelsA.length,
      }),
      cb: fc.array(fc.integer({ min, max: 1000 }), {
        minLength: s.levelsB.length,
        maxLength: s.levelsB.length,
      }),
    })
    .map(({ ca, cb }) => {
      const N = ca.reduce((p, q) => p + q, 0);
      const sb = cb.reduce((p, q) => p + q, 0);
      return [
        { variables: ['a'], cells: s.levelsA.map((l, k) => ({ levels: [l], count: ca[k] })) },
        { variables: ['b'], cells: s.levelsB.map((l, k) => ({ levels: [l], count: (cb[k] * N) / sb })) },
      ];
    });

const frameOf = (s: Sample): Frame => makeFrame({ a: s.a, b: s.b, x: s.x, w: s.w, cluster: s.cluster });
const designOf = (s: Sample) => svydesign(frameOf(s), { ids: ['cluster'], weights: 'w' });

function levelTotals(design: Design, weights: Float64Array, variable: 'a' | 'b', levels: string[]): number[] {
  const col = design.frame.columns.get(variable) as string[];
  return levels.map((l) => col.reduce((acc, v, i) => (v === l ? acc + weights[i] : acc), 0));
}

const near = (got: number, want: number, rel: number) => Math.abs(got - want) <= rel * Math.abs(want);

describe('calibration properties', () => {
  it('raking reproduces every margin (rake with a tight epsilon), on a Taylor design and on its JK1 replicate design', () => {
    fc.assert(
      fc.property(
        sampleArb.chain((s) => fc.tuple(fc.constant(s), marginsArb(s))),
        ([s, [ma, mb]]) => {
          const base = designOf(s);
          const control = { epsilon: 1e-12, maxit: 500 };
          const taylor = rake(base, [ma, mb], control);
          const rep = rake(asReplicateDesign(base, { type: 'JK1' }), [ma, mb], control);
          for (const [m, v, levels] of [
            [ma, 'a', s.levelsA],
            [mb, 'b', s.levelsB],
          ] as const) {
            const want = m.cells.map((c) => c.count);
            levelTotals(taylor, taylor.weights, v, levels).forEach((t, k) => {
              expect(near(t, want[k], 1e-9)).toBe(true);
            });
            levelTotals(rep, rep.weights, v, levels).forEach((t, k) => {
              expect(near(t, want[k], 1e-9)).toBe(true);
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('raking calibration (calfun "raking") on the margins gives the weights of converged iterative raking', () => {
    // Newton's method from g = 1 (R's grake) needs targets not too far from the sample: counts ≥ 200
    fc.assert(
      fc.property(
        sampleArb.chain((s) => fc.tuple(fc.constant(s), marginsArb(s, 200))),
        ([s, [ma, mb]]) => {
          const base = designOf(s);
          const ipf = rake(base, [ma, mb], { epsilon: 1e-13, maxit: 2000 });
          const population: Record<string, number> = {
            '(Intercept)': ma.cells.reduce((p, c) => p + c.count, 0),
          };
          ma.cells.slice(1).forEach((c) => {
            population[`a${c.levels[0]}`] = c.count;
          });
          mb.cells.slice(1).forEach((c) => {
            population[`b${c.levels[0]}`] = c.count;
          });
          const cal = calibrate(base, {
            variables: ['a', 'b'],
            population,
            calfun: 'raking',
            epsilon: 1e-12,
            maxit: 100,
          });
          for (let i = 0; i < base.nrow; i++) expect(near(cal.weights[i], ipf.weights[i], 1e-6)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('post-stratification and linear calibration reproduce their totals exactly', () => {
    fc.assert(
      fc.property(
        sampleArb.chain((s) =>
          fc.tuple(fc.constant(s), marginsArb(s), fc.double({ min: 1, max: 1e6, noNaN: true })),
        ),
        ([s, [ma], xTotal]) => {
          const base = designOf(s);
          const ps = postStratify(base, ma);
          levelTotals(ps, ps.weights, 'a', s.levelsA).forEach((t, k) => {
            expect(near(t, ma.cells[k].count, 1e-12)).toBe(true);
          });
          const population: Record<string, number> = {
            '(Intercept)': ma.cells.reduce((p, c) => p + c.count, 0),
            x: xTotal,
          };
          ma.cells.slice(1).forEach((c) => {
            population[`a${c.levels[0]}`] = c.count;
          });
          const g = calibrate(asReplicateDesign(base, { type: 'JK1' }), {
            variables: ['a', 'x'],
            population,
          });
          const tx = svytotal(g, 'x').estimate[0];
          expect(near(tx, xTotal, 1e-9)).toBe(true);
          levelTotals(g, g.weights, 'a', s.levelsA).forEach((t, k) => {
            expect(near(t, ma.cells[k].count, 1e-9)).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('replicate designs: weights scaled by a constant leave the mean and its replicate SE unchanged', () => {
    fc.assert(
      fc.property(sampleArb, fc.double({ min: 0.01, max: 1000, noNaN: true }), (s, c) => {
        const d1 = asReplicateDesign(designOf(s), { type: 'JK1' });
        const scaled = { ...s, w: s.w.map((v) => v * c) };
        const d2 = asReplicateDesign(designOf(scaled), { type: 'JK1' });
        const m1 = svymean(d1, 'x');
        const m2 = svymean(d2, 'x');
        expect(near(m2.estimate[0], m1.estimate[0], 1e-12)).toBe(true);
        expect(Math.abs(m2.se[0] - m1.se[0])).toBeLessThanOrEqual(1e-9 * (m1.se[0] + 1e-12));
      }),
      { numRuns: 60 },
    );
  });

  it('post-stratified and raked PSU-factor designs (kept compact) equal the same design stored as a weight matrix', () => {
    fc.assert(
      fc.property(
        sampleArb.chain((s) => fc.tuple(fc.constant(s), marginsArb(s, 50))),
        ([s, [ma, mb]]) => {
          const compact = asReplicateDesign(designOf(s), { type: 'JK1' });
          const W = analysisWeightMatrix(compact);
          const n = compact.nrow;
          const matrix = svrepdesign(compact.frame, {
            repweights: Array.from({ length: compact.replicates.nrep }, (_, r) =>
              W.slice(r * n, (r + 1) * n),
            ),
            weights: compact.weights,
            type: 'JK1',
            scale: compact.scale,
          });
          const pairs: [Design, Design][] = [
            [postStratify(compact, ma), postStratify(matrix, ma)],
            [rake(postStratify(compact, mb), [ma, mb]), rake(postStratify(matrix, mb), [ma, mb])],
          ];
          for (const [c, m] of pairs) {
            expect(c.kind === 'replicate' && c.replicates.kind).toBe('psu-factors');
            const sc = svymean(c, 'x');
            const sm = svymean(m, 'x');
            expect(near(sc.estimate[0], sm.estimate[0], 1e-12)).toBe(true);
            expect(Math.abs(sc.se[0] - sm.se[0])).toBeLessThanOrEqual(1e-9 * sm.se[0] + 1e-12);
            expect(c.kind === 'replicate' && m.kind === 'replicate' && c.df === m.df).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('rakeDetailed reports convergence and the number of sweeps within maxit', () => {
    fc.assert(
      fc.property(
        sampleArb.chain((s) => fc.tuple(fc.constant(s), marginsArb(s))),
        ([s, [ma, mb]]) => {
          const r = rakeDetailed(designOf(s), [ma, mb], { maxit: 50 });
          expect(r.iterations).toBeGreaterThanOrEqual(1);
          expect(r.iterations).toBeLessThanOrEqual(50);
          if (r.converged) expect(r.maxChange).toBeLessThan(1);
        },
      ),
      { numRuns: 30 },
    );
  });
});
