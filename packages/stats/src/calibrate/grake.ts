// Generalised raking: Newton's method for calibration weights g = F(x'η) (R's grake, Deville–Särndal).

import { type CalibrationBounds, type CalibrationFunction, calibrationFunction } from '../core/calfun.ts';
import { StatsError } from '../core/errors.ts';
import type { ModelMatrix } from './model-matrix.ts';
import { pinvSolve } from './pinv-solve.ts';

export type { CalibrationBounds, CalibrationFunction };

/** Result of grake: the g-weights, the number of Newton steps, and η and the prescale that give g again. */
export interface GrakeResult {
  g: Float64Array;
  iterations: number;
  /** g_i = scale · (1 + F⁻¹(x_iᵀη) − 1). */
  eta: Float64Array;
  scale: number;
  /** Set when maxit was reached with `keepFailed`: the largest relative misfit (R's attr(g, "failed")). */
  failed?: number;
}

/**
 * R's grake(mm, ww, calfun, bounds, population, epsilon, maxit): starting at η = 0, Newton steps
 * η ← η + (Xᵀ diag(w F'(Xη)) X)⁺ (t − Σ w_i x_i (g_i − 1)) (⁺: R's ginv) until every
 * |misfit_k|/(1 + |t_k|) < epsilon; with step halving while g is not finite. When every t_k is over 20
 * times the sample total, weights are rescaled by the mean ratio first (and g by it at the end), as R.
 * Throws NOT_CONVERGED after maxit steps (R: "Calibration failed"), or with `keepFailed` returns the last
 * g with `failed` set (R's calibrate of a replicate does so, with the warning "Failed to converge").
 */
export function grake(
  mm: ModelMatrix,
  ww: Float64Array,
  kind: CalibrationFunction,
  population: Float64Array,
  options: {
    bounds?: CalibrationBounds;
    epsilon?: number;
    maxit?: number;
    what?: string;
    keepFailed?: boolean;
  } = {},
): GrakeResult {
  const { n, p } = mm;
  const X = mm.values;
  const bounds = options.bounds ?? { lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };
  const epsilon = options.epsilon ?? 1e-7;
  const maxit = options.maxit ?? 50;
  if (kind === 'logit' && !(Number.isFinite(bounds.lower) && Number.isFinite(bounds.upper))) {
    throw new StatsError('INVALID_ARGUMENT', 'logit calibration needs finite bounds (lower < 1 < upper)');
  }
  if (kind === 'logit' && !(bounds.lower < 1 && bounds.upper > 1)) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `logit calibration needs bounds with lower < 1 < upper, not [${bounds.lower}, ${bounds.upper}]`,
    );
  }
  const { fm1, df } = calibrationFunction(kind, bounds);
  let w = ww;
  const sampleTotal = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += X[k * n + i] * w[i];
    sampleTotal[k] = s;
  }
  let scale: number | null = null;
  let minRatio = Number.POSITIVE_INFINITY;
  let sumRatio = 0;
  for (let k = 0; k < p; k++) {
    const r = population[k] / sampleTotal[k];
    minRatio = Math.min(minRatio, r);
    sumRatio += r;
  }
  if (minRatio > 20) {
    scale = sumRatio / p;
    w = ww.map((v) => v * (scale as number));
    for (let k = 0; k < p; k++) sampleTotal[k] *= scale;
  }
  const eta = new Float64Array(p);
  const xeta = new Float64Array(n);
  const g = new Float64Array(n);
  const deriv = new Float64Array(n);
  const update = () => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let k = 0; k < p; k++) s += X[k * n + i] * eta[k];
      xeta[i] = s;
      g[i] = 1 + fm1(s);
      deriv[i] = df(s);
    }
  };
  const misfit = () => {
    const m = new Float64Array(p);
    for (let k = 0; k < p; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[k * n + i] * w[i] * (g[i] - 1);
      m[k] = population[k] - sampleTotal[k] - s;
    }
    return m;
  };
  update();
  let iter = 1;
  let failed: number | undefined;
  for (;;) {
    const T = new Float64Array(p * p);
    for (let a = 0; a < p; a++) {
      for (let b = a; b < p; b++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += X[a * n + i] * w[i] * deriv[i] * X[b * n + i];
        T[a * p + b] = s;
        T[b * p + a] = s;
      }
    }
    const deta = pinvSolve(T, misfit(), p);
    for (let k = 0; k < p; k++) eta[k] += deta[k];
    update();
    while (iter < maxit && g.some((v, i) => !Number.isFinite(v) || !Number.isFinite(deriv[i]))) {
      iter++;
      for (let k = 0; k < p; k++) {
        deta[k] /= 2;
        eta[k] -= deta[k];
      }
      update();
    }
    const m = misfit();
    let worst = 0;
    for (let k = 0; k < p; k++) worst = Math.max(worst, Math.abs(m[k]) / (1 + Math.abs(population[k])));
    if (worst < epsilon) break;
    iter++;
    if (iter > maxit && options.keepFailed) {
      failed = worst;
      break;
    }
    if (iter > maxit) {
      throw new StatsError(
        'NOT_CONVERGED',
        `${options.what ?? 'calibration'} failed to converge: relative misfit ${worst} after ${iter} iterations (epsilon ${epsilon}); check that the totals are attainable or raise maxit`,
        {
          misfit: worst,
          iterations: iter,
        },
      );
    }
  }
  if (scale !== null) for (let i = 0; i < n; i++) g[i] *= scale;
  return { g, iterations: iter, eta, scale: scale ?? 1, failed };
}
