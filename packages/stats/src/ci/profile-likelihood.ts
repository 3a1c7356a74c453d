// Rao–Scott scaled profile-likelihood interval for a proportion (R: confint(svyglm, method = "likelihood")).
import { pnorm, qnorm } from '../core/normal.ts';
import { rApprox, rSpline } from '../core/spline.ts';
import { qf1 } from '../core/student-t.ts';
import { tQuantile } from './confint.ts';
import { binomialDeviance, logitInv } from './glm-binomial.ts';

export interface ProfileInput {
  /** 0/1 responses of the glm rows. */
  y: Float64Array;
  /** glm prior weights of those rows (design weights / their mean). */
  w: Float64Array;
  /** Fitted coefficient β̂ and mean μ̂ = expit(β̂). */
  beta: number;
  mu: number;
  /** Design variance of β̂ (svyglm's cov.unscaled). */
  varBeta: number;
  /** Σ of the glm working weights (inverse of the naive, model-based variance of β̂). */
  information: number;
  /** Rows with non-zero weight in the design (svyvar's n for the dispersion). */
  nNonZero: number;
  level: number;
  df: number;
  /** Dispersion φ when given (replicate designs); otherwise svyvar of the Pearson residuals. */
  dispersion?: number;
}

/**
 * R survey 4.1 + MASS 7.3: confint.svyglm(method = "likelihood") for svyglm(y ~ 1, quasibinomial):
 *  λ = var_design(β̂)/var_naive(β̂);  level* = 1 − 2 Φ(t_{(1−level)/2, df} √λ);
 *  MASS profile.glm with alpha = (1 − level*)/4: zmax = √F_{1−alpha}(1, n−1), steps of zmax/5
 *  standard errors (at most 9 each side, until |z| ≥ zmax) of z = sign·√((D(β) − D(β̂))/φ),
 *  φ = svyvar of the Pearson residuals; confint.profile.glm: fmm spline through (β, z) on 3k
 *  points and linear approx of β at z = Φ⁻¹((1 ∓ level*)/2); the interval is expit of those β.
 */
export function profileLikelihoodInterval(input: ProfileInput): [number, number] {
  const { y, w, beta: b0, mu: mu0, varBeta, information, nNonZero, level, df } = input;
  const nGlm = y.length;
  const lambda = varBeta * information;
  const levelStar = 1 - 2 * pnorm(tQuantile((1 - level) / 2, df) * Math.sqrt(lambda));

  // dispersion: svyvar of Pearson residuals (y − μ̂)/√(μ̂(1−μ̂)), design weights ∝ w
  const sdv = Math.sqrt(mu0 * (1 - mu0));
  let sw = 0;
  let swr = 0;
  for (let i = 0; i < nGlm; i++) {
    if (w[i] === 0) continue;
    sw += w[i];
    swr += (w[i] * (y[i] - mu0)) / sdv;
  }
  const rbar = swr / sw;
  let ss = 0;
  for (let i = 0; i < nGlm; i++) {
    if (w[i] === 0) continue;
    const d = (y[i] - mu0) / sdv - rbar;
    ss += w[i] * d * d;
  }
  const dispersion = input.dispersion ?? ((nNonZero / (nNonZero - 1)) * ss) / sw;

  const dev0 = binomialDeviance(y, w, () => mu0);
  const seBeta = Math.sqrt(varBeta);
  const zmax = Math.sqrt(qf1(1 - (1 - levelStar) / 4, nGlm - 1));
  const del = zmax / 5;
  const betas: number[] = [b0];
  const zs: number[] = [0];
  for (const sgn of [-1, 1]) {
    let step = 0;
    let z = 0;
    while (++step < 10 && Math.abs(z) < zmax) {
      const bi = b0 + sgn * step * del * seBeta;
      const mi = logitInv(bi);
      let zz = (binomialDeviance(y, w, () => mi) - dev0) / dispersion;
      if (zz > -1e-3) zz = Math.max(zz, 0);
      z = sgn * Math.sqrt(zz);
      betas.push(bi);
      zs.push(z);
    }
  }
  const order = betas.map((_, i) => i).sort((a, b) => betas[a] - betas[b]);
  const sp = rSpline(
    Float64Array.from(order, (i) => betas[i]),
    Float64Array.from(order, (i) => zs[i]),
  );
  const a = (1 - levelStar) / 2;
  const lo = rApprox(sp.y, sp.x, qnorm(a));
  const hi = rApprox(sp.y, sp.x, qnorm(1 - a));
  const expit = (eta: number) => Math.exp(eta) / (1 + Math.exp(eta));
  return [expit(lo), expit(hi)];
}
