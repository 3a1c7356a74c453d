// Invariants of the estimators, checked on random designs with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFrame, subset, svyby, svydesign, svymean, svytotal } from '../src/index.ts';

const close = (a: number, b: number, rel = 1e-10) =>
  Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-300);

/** A random stratified cluster sample: rows of (stratum, cluster, weight, y). */
const sample = fc
  .record({
    nStrata: fc.integer({ min: 1, max: 4 }),
    clustersPerStratum: fc.integer({ min: 2, max: 5 }),
    rows: fc.array(
      fc.record({
        s: fc.nat(),
        c: fc.nat(),
        w: fc.double({ min: 0.5, max: 50, noNaN: true }),
        y: fc.double({ min: -100, max: 100, noNaN: true }),
      }),
      { minLength: 30, maxLength: 120 },
    ),
  })
  .map(({ nStrata, clustersPerStratum, rows }) => {
    // make sure every stratum has every cluster at least once
    const all = [...rows];
    for (let s = 0; s < nStrata; s++)
      for (let c = 0; c < clustersPerStratum; c++) all.push({ ...rows[0], s, c });
    return {
      stratum: Float64Array.from(all, (r) => r.s % nStrata),
      cluster: Float64Array.from(all, (r) => (r.c % clustersPerStratum) + 100 * (r.s % nStrata)),
      w: Float64Array.from(all, (r) => r.w),
      y: Float64Array.from(all, (r) => r.y),
      domain: Float64Array.from(all, (r) => (r.y > 0 ? 1 : 0)),
    };
  });

describe('properties', () => {
  it('scaling all weights by a constant leaves means and their SEs unchanged', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: 0.01, max: 1000, noNaN: true }), (d, c) => {
        const f1 = makeFrame({ stratum: d.stratum, cluster: d.cluster, w: d.w, y: d.y });
        const f2 = makeFrame({ stratum: d.stratum, cluster: d.cluster, w: d.w.map((x) => x * c), y: d.y });
        const spec = { ids: ['cluster'], strata: 'stratum', weights: 'w' };
        const m1 = svymean(svydesign(f1, spec), 'y');
        const m2 = svymean(svydesign(f2, spec), 'y');
        // relative agreement, up to rounding on the scale of the data (SEs can cancel to ~1e-13·max|y|)
        const scale = d.y.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
        expect(Math.abs(m1.estimate[0] - m2.estimate[0])).toBeLessThanOrEqual(
          1e-12 * Math.max(Math.abs(m1.estimate[0]), 1e-3 * scale),
        );
        expect(Math.abs(m1.se[0] - m2.se[0])).toBeLessThanOrEqual(1e-9 * m1.se[0] + 1e-12 * scale);
      }),
      { numRuns: 60 },
    );
  });

  it('one PSU per row and no strata: the SRS formulas (with and without fpc)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 200 }),
        fc.integer({ min: 0, max: 5000 }),
        (ys, extra) => {
          const n = ys.length;
          const y = Float64Array.from(ys);
          const mean = ys.reduce((a, b) => a + b, 0) / n;
          const s2 = ys.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
          // equal weights, with replacement: var(ȳ) = s²/n
          const wr = svymean(svydesign(makeFrame({ y }), {}), 'y');
          expect(close(wr.estimate[0], mean, 1e-9) || Math.abs(wr.estimate[0] - mean) < 1e-9).toBe(true);
          expect(Math.abs(wr.se[0] ** 2 - s2 / n)).toBeLessThanOrEqual(1e-9 * Math.max(s2 / n, 1e-12));
          // fpc N: var(ȳ) = (1 − n/N) s²/n and var(total) = N² (1 − n/N) s²/n
          const N = n + extra;
          const fpc = new Float64Array(n).fill(N);
          const d = svydesign(makeFrame({ y, fpc }), { fpc: ['fpc'] });
          const srs = (1 - n / N) * (s2 / n);
          expect(Math.abs(svymean(d, 'y').se[0] ** 2 - srs)).toBeLessThanOrEqual(1e-9 * Math.max(srs, 1e-12));
          expect(Math.abs(svytotal(d, 'y').se[0] ** 2 - N * N * srs)).toBeLessThanOrEqual(
            1e-9 * Math.max(N * N * srs, 1e-12),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('weighted element sample with replacement: var = n/(n−1) Σ w²(y − ȳ)² / (Σw)²', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0.1, max: 100, noNaN: true }),
            fc.double({ min: -50, max: 50, noNaN: true }),
          ),
          {
            minLength: 3,
            maxLength: 150,
          },
        ),
        (pairs) => {
          const w = Float64Array.from(pairs, (p) => p[0]);
          const y = Float64Array.from(pairs, (p) => p[1]);
          const n = pairs.length;
          const W = w.reduce((a, b) => a + b, 0);
          const m = pairs.reduce((a, p) => a + p[0] * p[1], 0) / W;
          const v = ((n / (n - 1)) * pairs.reduce((a, p) => a + p[0] ** 2 * (p[1] - m) ** 2, 0)) / W ** 2;
          const got = svymean(svydesign(makeFrame({ w, y }), { weights: 'w' }), 'y');
          expect(Math.abs(got.se[0] ** 2 - v)).toBeLessThanOrEqual(1e-9 * Math.max(v, 1e-12));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a domain estimate equals the estimate on subset(); domain totals add up to the total', () => {
    fc.assert(
      fc.property(sample, (d) => {
        const frame = makeFrame({ stratum: d.stratum, cluster: d.cluster, w: d.w, y: d.y, domain: d.domain });
        const design = svydesign(frame, { ids: ['cluster'], strata: 'stratum', weights: 'w' });
        const mask = Uint8Array.from(d.domain);
        if (!mask.some((v) => v === 1)) return;
        const a = svymean(design, 'y', { domain: mask });
        const b = svymean(subset(design, mask), 'y');
        expect(close(a.estimate[0], b.estimate[0], 1e-12)).toBe(true);
        expect(close(a.se[0], b.se[0], 1e-12)).toBe(true);
        const by = svyby(design, 'domain', (m) => svytotal(design, 'y', { domain: m }));
        const sum = by.domains.reduce((s, x) => s + x.result.estimate[0], 0);
        const absTotal = d.y.reduce((a, v, i) => a + Math.abs(v * d.w[i]), 0);
        expect(Math.abs(sum - svytotal(design, 'y').estimate[0])).toBeLessThanOrEqual(1e-12 * absTotal);
      }),
      { numRuns: 60 },
    );
  });

  it('a total is N̂ times the mean', () => {
    fc.assert(
      fc.property(sample, (d) => {
        const frame = makeFrame({ stratum: d.stratum, cluster: d.cluster, w: d.w, y: d.y });
        const design = svydesign(frame, { ids: ['cluster'], strata: 'stratum', weights: 'w' });
        const N = d.w.reduce((a, b) => a + b, 0);
        const absTotal = d.y.reduce((a, v, i) => a + Math.abs(v * d.w[i]), 0);
        const diff = svytotal(design, 'y').estimate[0] - N * svymean(design, 'y').estimate[0];
        expect(Math.abs(diff)).toBeLessThanOrEqual(1e-12 * absTotal);
      }),
      { numRuns: 40 },
    );
  });
});
