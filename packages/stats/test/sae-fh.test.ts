// Fay–Herriot small-area estimation against R's sae 1.3 (REML fit of the milk data) and against the model itself:
// the fitted variance solves its estimating equation, maximises its likelihood, and the EBLUPs shrink as they should.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelMatrix } from '../src/calibrate/model-matrix.ts';
import { type FhInput, type FhMethod, fayHerriot, getColumn } from '../src/index.ts';
import { readCsv } from './helpers/csv.ts';
import { DATA_DIR } from './helpers/fixtures.ts';

const milk = readCsv(join(DATA_DIR, 'sae', 'milk.csv'));
const reml = JSON.parse(readFileSync(join(DATA_DIR, 'sae', 'fh-reml.json'), 'utf8')) as {
  refvar: number;
  beta: number[];
  beta_std_error: number[];
  eblup: number[];
};
const num = (name: string) => getColumn(milk, name) as Float64Array;
const y = num('yi');
const vardir = Float64Array.from(num('SD'), (sd) => sd * sd);
const x = modelMatrix(milk, ['MajorArea'], () => true, ['MajorArea']);
const input = (method: FhMethod, extra: Partial<FhInput> = {}): FhInput => ({
  y,
  vardir,
  x,
  method,
  ...extra,
});

/** −2 × (restricted) log-likelihood of the model at area variance a, β profiled out by GLS. */
function logLik(a: number, restricted: boolean): number {
  const m = y.length;
  const p = x.p;
  const w = Float64Array.from(vardir, (d) => 1 / (a + d));
  const xtwx: number[][] = Array.from({ length: p }, () => new Array(p).fill(0));
  const xtwy = new Array(p).fill(0);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < p; j++) {
      xtwy[j] += x.values[j * m + i] * w[i] * y[i];
      for (let k = 0; k < p; k++) xtwx[j][k] += x.values[j * m + i] * w[i] * x.values[k * m + i];
    }
  // β by Gaussian elimination on this small system, log|X'WX| on the way
  const aug = xtwx.map((row, j) => [...row, xtwy[j]]);
  let logDet = 0;
  for (let c = 0; c < p; c++) {
    logDet += Math.log(aug[c][c]);
    for (let r = c + 1; r < p; r++) {
      const f = aug[r][c] / aug[c][c];
      for (let k = c; k <= p; k++) aug[r][k] -= f * aug[c][k];
    }
  }
  const beta = new Array(p).fill(0);
  for (let c = p - 1; c >= 0; c--) {
    let s = aug[c][p];
    for (let k = c + 1; k < p; k++) s -= aug[c][k] * beta[k];
    beta[c] = s / aug[c][c];
  }
  let ll = 0;
  for (let i = 0; i < m; i++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += x.values[j * m + i] * beta[j];
    ll += Math.log(a + vardir[i]) + (y[i] - fitted) ** 2 * w[i];
  }
  return restricted ? ll + logDet : ll;
}

describe('fayHerriot (R sae 1.3 eblupFH / mseFH)', () => {
  it('matches R on the milk data by REML: variance, coefficients with standard errors, EBLUPs (1e-6)', () => {
    const fit = fayHerriot(input('REML'));
    expect(fit.converged).toBe(true);
    expect(fit.refvar).toBeCloseTo(reml.refvar, 6);
    expect(fit.beta.map((b) => b.term)).toEqual(['(Intercept)', 'MajorArea2', 'MajorArea3', 'MajorArea4']);
    fit.beta.forEach((b, j) => {
      expect(Math.abs(b.estimate - reml.beta[j])).toBeLessThan(1e-6);
      expect(Math.abs(b.se - reml.beta_std_error[j])).toBeLessThan(1e-6);
    });
    expect(fit.eblup).toHaveLength(43);
    fit.eblup.forEach((e, i) => {
      expect(Math.abs(e - (reml.eblup[i] as number))).toBeLessThan(1e-6);
    });
  });

  it.each([
    ['REML', true],
    ['ML', false],
  ] as const)('%s: the fitted variance maximises the (restricted) likelihood', (method, restricted) => {
    const fit = fayHerriot(input(method, { precision: 1e-12 }));
    const at = (a: number) => logLik(a, restricted);
    expect(fit.refvar).toBeGreaterThan(0);
    expect(at(fit.refvar)).toBeLessThan(at(fit.refvar * 1.01));
    expect(at(fit.refvar)).toBeLessThan(at(fit.refvar * 0.99));
    // the score vanishes: a central difference of the criterion is ~0 relative to its curvature
    const h = fit.refvar * 1e-4;
    const slope = (at(fit.refvar + h) - at(fit.refvar - h)) / (2 * h);
    const curvature = (at(fit.refvar + h) - 2 * at(fit.refvar) + at(fit.refvar - h)) / (h * h);
    expect(Math.abs(slope / curvature)).toBeLessThan(fit.refvar * 1e-3);
    // goodness of fit is the ML log-likelihood at the estimate, as sae reports it for every method
    expect(fit.goodness.loglike).toBeCloseTo(
      -0.5 * (logLik(fit.refvar, false) + 43 * Math.log(2 * Math.PI)),
      9,
    );
    expect(fit.goodness.AIC).toBeCloseTo(-2 * fit.goodness.loglike + 2 * 5, 9);
    expect(fit.goodness.BIC).toBeCloseTo(-2 * fit.goodness.loglike + 5 * Math.log(43), 9);
    expect(fit.goodness.KIC).toBeCloseTo(-2 * fit.goodness.loglike + 3 * 5, 9);
  });

  it('ML estimates a smaller area variance than REML (it ignores the degrees of freedom β uses)', () => {
    expect(fayHerriot(input('ML')).refvar).toBeLessThan(fayHerriot(input('REML')).refvar);
  });

  it('FH: the moment estimator solves Σ (y − Xβ)² / (A + D) = m − p', () => {
    const fit = fayHerriot(input('FH', { precision: 1e-12 }));
    let q = 0;
    for (let i = 0; i < 43; i++) {
      const synthetic = fit.beta.reduce((s, b, j) => s + b.estimate * x.values[j * 43 + i], 0);
      q += (y[i] - synthetic) ** 2 / (fit.refvar + vardir[i]);
    }
    expect(q).toBeCloseTo(43 - 4, 8);
  });

  it.each(['REML', 'ML', 'FH'] as const)(
    '%s: each EBLUP lies between its direct estimate and the synthetic one, and its MSE is below the direct variance',
    (method) => {
      const fit = fayHerriot(input(method));
      for (let i = 0; i < 43; i++) {
        const synthetic = fit.beta.reduce((s, b, j) => s + b.estimate * x.values[j * 43 + i], 0);
        const gamma = fit.refvar / (fit.refvar + vardir[i]);
        expect(fit.eblup[i]).toBeCloseTo(gamma * y[i] + (1 - gamma) * synthetic, 12);
        expect(fit.mse[i]).toBeGreaterThan(vardir[i] * gamma); // at least g1 = Dγ, the MSE with A and β known
        expect(fit.mse[i]).toBeLessThan(vardir[i]);
      }
    },
  );

  // second-order approximations: REML's and FH's within 3 per cent of 2,000 simulated fits (dropping g2 puts them 9 per
  // cent low); ML's bias correction makes its estimate about 8 per cent high on these 43 areas
  it.each([
    ['REML', 0.03],
    ['ML', 0.1],
    ['FH', 0.03],
  ] as const)(
    '%s: the MSE estimates agree with the simulated MSE of the EBLUPs under the fitted model (within %s)',
    (method, tolerance) => {
      const fit = fayHerriot(input(method));
      let seed = 20261206;
      const uniform = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return (seed + 0.5) / 2147483648;
      };
      const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      const synthetic = Array.from({ length: 43 }, (_, i) =>
        fit.beta.reduce((s, b, j) => s + b.estimate * x.values[j * 43 + i], 0),
      );
      const squared = new Float64Array(43);
      const reps = 2000;
      for (let r = 0; r < reps; r++) {
        const theta = synthetic.map((s) => s + Math.sqrt(fit.refvar) * normal());
        const direct = Float64Array.from(theta, (t, i) => t + Math.sqrt(vardir[i]) * normal());
        const refit = fayHerriot({ ...input(method), y: direct });
        for (let i = 0; i < 43; i++) squared[i] += (refit.eblup[i] - theta[i]) ** 2;
      }
      const simulated = squared.reduce((a, b) => a + b, 0) / reps;
      const estimated = fit.mse.reduce((a, b) => a + b, 0);
      expect(Math.abs(estimated / simulated - 1)).toBeLessThan(tolerance);
    },
  );

  it('refuses input it cannot fit, naming the problem', () => {
    expect(() => fayHerriot({ ...input('REML'), vardir: vardir.slice(1) })).toThrow(/differ in length/);
    const bad = Float64Array.from(vardir);
    bad[4] = 0;
    expect(() => fayHerriot({ ...input('REML'), vardir: bad })).toThrow(
      /area 5: the sampling variance must be positive/,
    );
    expect(() =>
      fayHerriot({
        ...input('REML'),
        y: y.slice(0, 4),
        vardir: vardir.slice(0, 4),
        x: { ...x, values: x.values.slice(0, 16) },
      }),
    ).toThrow(/4 areas cannot fit 4 coefficients/);
  });

  it('stops at maxIter and says it did not converge', () => {
    const fit = fayHerriot(input('REML', { maxIter: 1, precision: 1e-15 }));
    expect(fit.iterations).toBe(1);
    expect(fit.converged).toBe(false);
  });
});
