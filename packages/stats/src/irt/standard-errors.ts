// Standard errors from the observed information. Its Hessian is the Oakes (1999) identity, as mirt's SE.type =
// "Oakes": the derivative of the Fisher-identity score ∂Q(v'|v)/∂v' at v' = v, taken by central differences in v.

import { luSolve } from '../calibrate/lu-solve.ts';
import { StatsError } from '../core/errors.ts';
import { type EmContext, mapItems, varianceOf } from './em.ts';
import { itemObjective } from './item-model.ts';

/** Score vector ∂ log L / ∂v at v (Fisher's identity: the gradient of the expected complete-data log-likelihood). */
export function scoreVector(ctx: EmContext, v: Float64Array): Float64Array {
  const K = ctx.theta.length;
  const { next: grad, counts } = mapItems(
    ctx,
    v,
    (slice, r1, r0, off) => itemObjective(ctx.model, slice, ctx.theta, r1, r0, off, ctx.prior).grad,
  );
  if (ctx.model === 'rasch') {
    // ∂/∂σ² of Σ_k n_k log w_k with w_k = exp(−θ_k²/2σ²) / Σ_l exp(−θ_l²/2σ²)
    const s2 = varianceOf(ctx, v);
    let num = 0;
    let den = 0;
    let n = 0;
    let m2 = 0;
    for (let k = 0; k < K; k++) {
      const t2 = ctx.theta[k] * ctx.theta[k];
      const w = Math.exp(-t2 / (2 * s2));
      num += w * t2;
      den += w;
      n += counts.nk[k];
      m2 += counts.nk[k] * t2;
    }
    grad[v.length - 1] = (m2 - (n * num) / den) / (2 * s2 * s2);
  }
  return grad;
}

/** Covariance of the estimates: the inverse of the negative Hessian of the log-likelihood (+ prior) at v. */
export function parameterCovariance(ctx: EmContext, v: Float64Array): Float64Array {
  const p = v.length;
  const H = new Float64Array(p * p);
  for (let m = 0; m < p; m++) {
    const h = 1e-5 * Math.max(1, Math.abs(v[m]));
    const up = Float64Array.from(v);
    const down = Float64Array.from(v);
    up[m] += h;
    down[m] -= h;
    const gu = scoreVector(ctx, up);
    const gd = scoreVector(ctx, down);
    for (let i = 0; i < p; i++) H[i * p + m] = (gu[i] - gd[i]) / (2 * h);
  }
  const info = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let m = 0; m < p; m++) info[i * p + m] = -(H[i * p + m] + H[m * p + i]) / 2;
  const cov = new Float64Array(p * p);
  const e = new Float64Array(p);
  for (let m = 0; m < p; m++) {
    e.fill(0);
    e[m] = 1;
    let col: Float64Array;
    try {
      col = luSolve(info, e, p, 'information matrix');
    } catch {
      throw new StatsError(
        'NOT_CONVERGED',
        'the information matrix is singular: standard errors cannot be computed',
      );
    }
    for (let i = 0; i < p; i++) cov[i * p + m] = col[i];
  }
  return cov;
}
