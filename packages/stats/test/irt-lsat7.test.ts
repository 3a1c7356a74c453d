// IRT against R mirt 1.41 on LSAT7 (2PL at TOL 1e-8), per examinee and per pattern; Rasch and 3PL fit properties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitIrt, StatsError } from '../src/index.ts';
import { IRT_DIR, irtData } from './helpers/irt-data.ts';

const mirt2pl = JSON.parse(readFileSync(join(IRT_DIR, 'lsat7/mirt-2pl-tight.json'), 'utf8'));
const perExaminee = irtData('lsat7/lsat7.csv');
const patterns = irtData('lsat7/lsat7_patterns.csv');

describe('LSAT7 2PL against mirt (TOL 1e-8)', () => {
  const fit = fitIrt(perExaminee, { model: '2PL', tol: 1e-8 });

  it('gives mirt’s item parameters in both parameterisations, log-likelihood, AIC and BIC', () => {
    expect(fit.converged).toBe(true);
    expect(fit.logLik).toBeCloseTo(mirt2pl.logLik, 6);
    expect(Math.abs(fit.AIC - mirt2pl.AIC)).toBeLessThan(2e-6);
    expect(Math.abs(fit.BIC - mirt2pl.BIC)).toBeLessThan(2e-6);
    fit.items.forEach((item, j) => {
      const r = mirt2pl.items[j];
      expect(item.item).toBe(r.item);
      for (const key of ['a1', 'd', 'a', 'b'] as const)
        expect(Math.abs(item[key] - r[key])).toBeLessThan(1e-6);
      expect(item.g).toBe(0);
      expect(item.u).toBe(1);
    });
  });

  it('gives the same fit from the pattern file with frequencies', () => {
    const byPattern = fitIrt(patterns, { model: '2PL', tol: 1e-8 });
    expect(byPattern.n).toBe(1000);
    expect(Math.abs(byPattern.logLik - fit.logLik)).toBeLessThan(1e-9);
    expect(byPattern.BIC).toBeCloseTo(fit.BIC, 8);
    byPattern.items.forEach((item, j) => {
      expect(Math.abs(item.a1 - fit.items[j].a1)).toBeLessThan(1e-7);
      expect(Math.abs(item.d - fit.items[j].d)).toBeLessThan(1e-7);
      expect(item.percentCorrect).toBeCloseTo(fit.items[j].percentCorrect, 12);
      expect(item.itemRestCorrelation).toBeCloseTo(fit.items[j].itemRestCorrelation, 12);
    });
  });

  it('stops at the default TOL 1e-4 within 1e-3 of the tight fit, after fewer cycles', () => {
    const loose = fitIrt(perExaminee, { model: '2PL' });
    expect(loose.converged).toBe(true);
    expect(loose.iterations).toBeLessThan(fit.iterations);
    loose.items.forEach((item, j) => {
      expect(Math.abs(item.a1 - fit.items[j].a1)).toBeLessThan(1e-3);
    });
  });

  it('reports percent correct and the item–rest correlation computed from the raw rows', () => {
    const x = perExaminee.items;
    const n = x[0].length;
    fit.items.forEach((item, j) => {
      const xs = Array.from(x[j]);
      const rest = Array.from({ length: n }, (_, r) =>
        x.reduce((s, col, k) => s + (k === j ? 0 : col[r]), 0),
      );
      const mean = (v: number[]) => v.reduce((s, e) => s + e, 0) / n;
      const mx = mean(xs);
      const mr = mean(rest);
      const cov = mean(xs.map((e, r) => (e - mx) * (rest[r] - mr)));
      const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((e) => (e - m) ** 2)));
      expect(item.percentCorrect).toBeCloseTo(100 * mx, 10);
      expect(item.itemRestCorrelation).toBeCloseTo(cov / (sd(xs, mx) * sd(rest, mr)), 10);
    });
    expect(fit.items[0].percentCorrect).toBeCloseTo(82.8, 10);
  });
});

describe('LSAT7 Rasch and 3PL', () => {
  it('Rasch fixes every slope at 1 and estimates the latent variance; 1 + J parameters', () => {
    const fit = fitIrt(patterns, { model: 'rasch', tol: 1e-8 });
    expect(fit.converged).toBe(true);
    for (const item of fit.items) {
      expect(item.a1).toBe(1);
      expect(item.b).toBeCloseTo(-item.d, 14);
    }
    expect(fit.latentVariance).toBeGreaterThan(0.5);
    expect(fit.AIC).toBeCloseTo(-2 * fit.logLik + 2 * 6, 8);
    expect(fit.BIC).toBeCloseTo(-2 * fit.logLik + 6 * Math.log(1000), 8);
    // the 2PL nests the Rasch model with σ² absorbed in the slopes: its likelihood is at least as large
    expect(fitIrt(patterns, { model: '2PL', tol: 1e-8 }).logLik).toBeGreaterThan(fit.logLik);
  });

  it('3PL with a Beta prior on g converges with g inside (0, 1) and 3J parameters', () => {
    const fit = fitIrt(patterns, { model: '3PL', guessPrior: { alpha: 5, beta: 17 }, tol: 1e-6 });
    expect(fit.converged).toBe(true);
    for (const item of fit.items) {
      expect(item.g).toBeGreaterThan(0.01);
      expect(item.g).toBeLessThan(0.6);
      expect(item.b).toBeCloseTo(-item.d / item.a1, 12);
    }
    expect(fit.AIC).toBeCloseTo(-2 * fit.logLik + 2 * 15, 8);
  });
});

describe('IRT input errors', () => {
  it('names the row and item of a value that is not 0, 1 or missing', () => {
    const bad = { names: ['a', 'b'], items: [Float64Array.of(0, 1, 2), Float64Array.of(1, 0, 1)] };
    expect(() => fitIrt(bad, { model: '2PL' })).toThrow(/row 3, item a: 2 is not 0, 1 or missing/);
  });

  it('refuses a guessing prior outside the 3PL, a negative frequency and a non-positive tol', () => {
    const ok = { names: ['a', 'b'], items: [Float64Array.of(0, 1, 1), Float64Array.of(1, 0, 1)] };
    expect(() => fitIrt(ok, { model: '2PL', guessPrior: { alpha: 5, beta: 17 } })).toThrow(StatsError);
    expect(() => fitIrt({ ...ok, freq: Float64Array.of(1, -1, 2) }, { model: '2PL' })).toThrow(
      /row 2: the frequency -1/,
    );
    expect(() => fitIrt(ok, { model: '2PL', tol: 0 })).toThrow(/tol must be a positive number/);
  });
});
