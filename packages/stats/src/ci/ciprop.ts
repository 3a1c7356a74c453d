// svyciprop: confidence intervals for a proportion (R survey 4.1 svyciprop's six methods, and survey 4.2+'s wilson).

import { qbeta } from '../core/beta.ts';
import { estimateStatistic } from '../core/engine.ts';
import { StatsError } from '../core/errors.ts';
import { qt } from '../core/student-t.ts';
import type { Design, ReplicateDesign, SmoothStatistic } from '../core/types.ts';
import { meanStatistic } from '../estimators/mean.ts';
import { domainDegf } from '../estimators/result.ts';
import { numericValues, presentRows } from '../estimators/variables.ts';
import { svrVar } from '../replicate/svr-var.ts';
import { replicateTotals } from '../replicate/variance.ts';
import { taylorVariance } from '../variance/taylor-variance.ts';
import { tQuantile } from './confint.ts';
import { fitInterceptBinomial, logitInv, logitMuEta } from './glm-binomial.ts';
import { profileLikelihoodInterval } from './profile-likelihood.ts';

export type CipropMethod = 'logit' | 'likelihood' | 'asin' | 'beta' | 'mean' | 'xlogit' | 'wilson';
const METHODS: CipropMethod[] = ['logit', 'likelihood', 'asin', 'beta', 'mean', 'xlogit', 'wilson'];

export interface SvyCiprop {
  variable: string;
  method: CipropMethod;
  estimate: number;
  /** SE of the proportion (R: vcov of svymean). */
  se: number;
  ci: [number, number];
  level: number;
  df: number;
}

export interface CipropOptions {
  method?: CipropMethod;
  level?: number;
  /** Degrees of freedom; default degf(design) (restricted to the domain). */
  df?: number;
  domain?: Uint8Array | null;
  naRm?: boolean;
}

const expit = (eta: number) => Math.exp(eta) / (1 + Math.exp(eta));

/** Rows R's svyglm/nrow(design) see: the rows in use, or all rows of a calibrated design (R keeps them). */
function rowsSeen(design: Design, present: Uint8Array | null): number {
  if (present === null || (design.kind === 'taylor' && design.calibrations.length > 0)) return design.nrow;
  let n = 0;
  for (let i = 0; i < present.length; i++) n += present[i];
  return n;
}

interface GlmSummary {
  /** Replicate designs: R's summary.svrepglm dispersion (Taylor designs compute svyvar's). */
  dispersion?: number;
  y: Float64Array;
  w: Float64Array;
  beta: number;
  mu: number;
  varBeta: number;
  information: number;
  nNonZero: number;
}

/**
 * svyglm(y ~ 1, design, family = quasibinomial): glm weights w/mean(w) over the rows R keeps (rows
 * with a missing y dropped, as glm's na.omit), R's IRLS, and the sandwich variance of β̂
 * A⁻¹ var_design(Σ estfun) A⁻¹ with estfun = working residual × working weight, A = Σ working
 * weights (svy.varcoef). Replicate designs: see replicateGlmFit.
 */
function glmFit(design: Design, y: Float64Array, presentIn: Uint8Array | null): GlmSummary {
  const n = design.nrow;
  let present = presentIn;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(y[i]) && (present === null || present[i] !== 0)) {
      present = present === null ? new Uint8Array(n).fill(1) : Uint8Array.from(present);
      for (let k = 0; k < n; k++) if (Number.isNaN(y[k])) present[k] = 0;
      break;
    }
  }
  // A calibrated design keeps every row with a y (R's subset of a calibrated design gives the rows outside the
  // domain weight 0 instead of dropping them): rows outside the domain stay, with weight 0.
  const calibrated = design.kind === 'taylor' && design.calibrations.length > 0;
  const inDomain = (i: number) => present === null || present[i] !== 0;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (calibrated ? !Number.isNaN(y[i]) : inDomain(i)) rows.push(i);
  const weight = (i: number) => (inDomain(i) ? design.weights[i] : 0);
  let sw = 0;
  for (const i of rows) sw += weight(i);
  const mean = sw / rows.length;
  const ys = Float64Array.from(rows, (i) => y[i]);
  const ws = Float64Array.from(rows, (i) => weight(i) / mean);
  let nNonZero = 0;
  for (const i of rows) if (weight(i) !== 0) nNonZero++;
  if (design.kind !== 'taylor') return replicateGlmFit(design, y, rows, ys);
  const fit = fitInterceptBinomial(ys, ws);
  const estfun = new Float64Array(n);
  let information = 0;
  rows.forEach((i, k) => {
    estfun[i] = fit.workingResiduals[k] * fit.workingWeights[k];
    information += fit.workingWeights[k];
  });
  const v = taylorVariance(design, [estfun], present)[0];
  return {
    y: ys,
    w: ws,
    beta: fit.beta,
    mu: fit.mu,
    varBeta: v / (information * information),
    information,
    nNonZero,
  };
}

/**
 * svyglm(y ~ 1, quasibinomial) on a replicate design as R's svrepglm (survey 4.1) fits it: the
 * full-sample fit with weights w/mean(w); each replicate runs R's IRLS from the full-sample
 * coefficient with its weights normalised to sum 1 (glm.fit(start = beta0)); var(β̂) = svrVar of
 * the replicate coefficients. summary.svrepglm's dispersion, used by the likelihood interval, is
 * Σ w r²/Σ w with r the Pearson residuals scaled by √n (so R's profile often misses the cut-offs
 * and its interval is NA: NaN here too).
 */
function replicateGlmFit(
  design: ReplicateDesign,
  y: Float64Array,
  rows: number[],
  ys: Float64Array,
): GlmSummary {
  let sw = 0;
  for (const i of rows) sw += design.weights[i];
  const ws = Float64Array.from(rows, (i) => (design.weights[i] / sw) * rows.length);
  const fit = fitInterceptBinomial(ys, ws);
  // replicate totals of y, 1 and y log y + (1 − y) log(1 − y) over the rows in use
  const n = design.nrow;
  const inUse = new Uint8Array(n);
  for (const i of rows) inUse[i] = 1;
  const uy = new Float64Array(n);
  const u1 = new Float64Array(n);
  const uc = new Float64Array(n);
  const xlx = (v: number) => (v > 0 ? v * Math.log(v) : 0);
  for (const i of rows) {
    uy[i] = y[i];
    u1[i] = 1;
    uc[i] = xlx(y[i]) + xlx(1 - y[i]);
  }
  const stat: SmoothStatistic = {
    names: ['beta'],
    nTotals: 3,
    contributions: [uy, u1, uc],
    evaluate: (T) => Float64Array.of(T[0] / T[1]),
    jacobian: () => new Float64Array(3),
  };
  const totals = replicateTotals(design, stat);
  const R = design.replicates.nrep;
  const betas = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const m1 = totals[r * 3] / totals[r * 3 + 1];
    const c = totals[r * 3 + 2] / totals[r * 3 + 1];
    const dev = (mu: number) => 2 * (c - m1 * Math.log(mu) - (1 - m1) * Math.log1p(-mu));
    let beta = fit.beta;
    let mu = logitInv(beta);
    let devold = dev(mu);
    for (let iter = 1; iter <= 25; iter++) {
      beta = beta + (m1 - mu) / logitMuEta(beta);
      mu = logitInv(beta);
      const d = dev(mu);
      if (Math.abs(d - devold) / (Math.abs(d) + 0.1) < 1e-8) break;
      devold = d;
    }
    betas[r] = beta;
  }
  const varBeta = svrVar(betas, R, 1, design.scale, design.rscales, design.mse, Float64Array.of(fit.beta))[0];
  let information = 0;
  for (let k = 0; k < ws.length; k++) information += fit.workingWeights[k];
  const V = fit.mu * (1 - fit.mu);
  // R: Σ pw r²/Σ pw with r = (y − μ)√(w̃)/(√V √(pw/Σpw)), w̃ = pw/mean(pw): r² = n (y − μ)²/V
  let disp = 0;
  for (let k = 0; k < ws.length; k++) disp += (ws[k] * (ys[k] - fit.mu) ** 2) / V;
  return {
    y: ys,
    w: ws,
    beta: fit.beta,
    mu: fit.mu,
    varBeta,
    information,
    nNonZero: rows.length,
    dispersion: disp,
  };
}

/**
 * svyciprop(~y, design, method, level, df = degf(design)) for a 0/1 variable y, with p̂ = svymean(y):
 * - mean: p̂ ± t_df SE; asin: sin²(asin√p̂ ± t_df SE/(2√(p̂(1−p̂))));
 *   xlogit: expit(logit p̂ ± t_df SE/(p̂(1−p̂)));
 * - logit: Wald interval of svyglm(y ~ 1, quasibinomial) with t_df (equals xlogit for Taylor
 *   designs up to IRLS convergence; replicate designs refit it per replicate as svrepglm);
 * - likelihood: Rao–Scott scaled profile likelihood of that glm (see profile-likelihood.ts);
 * - beta: Korn & Graubard (1998): n_eff = p̂(1−p̂)/SE² · (t_{α/2, n−1}/t_{α/2, df})²,
 *   [qbeta(α/2, n_eff p̂, n_eff(1−p̂)+1), qbeta(1−α/2, n_eff p̂+1, n_eff(1−p̂))].
 * - wilson (survey 4.2+): the Wilson score interval with n_eff = p̂(1−p̂)/SE² and t = t_{1−α/2, df}:
 *   (p̂ + t²/(2n_eff) ∓ t/(2n_eff) √(4 n_eff p̂(1−p̂) + t²)) / (1 + t²/n_eff).
 */
export function svyciprop(design: Design, variable: string, options: CipropOptions = {}): SvyCiprop {
  const method = options.method ?? 'logit';
  if (!METHODS.includes(method)) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `unknown svyciprop method '${method}' (use ${METHODS.join(', ')})`,
    );
  }
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new StatsError('INVALID_ARGUMENT', `level must be in (0, 1), not ${level}`);
  const y = numericValues(design.frame, variable);
  const present = presentRows(design, options.domain, options.naRm ? [y] : null);
  const df = options.df ?? domainDegf(design, options.domain);
  const m = estimateStatistic(design, meanStatistic([variable], [y], present), present);
  const p = m.estimate[0];
  const v = m.vcov[0];
  const se = Math.sqrt(v);
  const alpha = 1 - level;
  const qlo = tQuantile(alpha / 2, df);
  const qhi = tQuantile(1 - alpha / 2, df);
  let ci: [number, number];
  let estimate = p;
  switch (method) {
    case 'mean':
      ci = [p + se * qlo, p + se * qhi];
      break;
    case 'asin': {
      const eta = Math.asin(Math.sqrt(p));
      const s = se / (2 * Math.sqrt(p * (1 - p)));
      ci = [Math.sin(eta + s * qlo) ** 2, Math.sin(eta + s * qhi) ** 2];
      break;
    }
    case 'xlogit': {
      const eta = Math.log(p / (1 - p));
      const s = se / (p * (1 - p));
      ci = [expit(eta + s * qlo), expit(eta + s * qhi)];
      break;
    }
    case 'logit': {
      const g = glmFit(design, y, present);
      const s = Math.sqrt(g.varBeta);
      ci = [expit(g.beta + s * qlo), expit(g.beta + s * qhi)];
      estimate = expit(g.beta);
      break;
    }
    case 'beta': {
      const nrow = rowsSeen(design, present);
      let nEff = (p * (1 - p)) / v;
      nEff *= (qt(alpha / 2, nrow - 1) / qt(alpha / 2, df)) ** 2;
      ci = [
        qbeta(alpha / 2, nEff * p, nEff * (1 - p) + 1),
        qbeta(1 - alpha / 2, nEff * p + 1, nEff * (1 - p)),
      ];
      break;
    }
    case 'wilson': {
      const nEff = (p * (1 - p)) / v;
      const t = qhi;
      const centre = p + (t * t) / (2 * nEff);
      const half = (t / (2 * nEff)) * Math.sqrt(4 * nEff * p * (1 - p) + t * t);
      const denom = 1 + (t * t) / nEff;
      ci = [(centre - half) / denom, (centre + half) / denom];
      break;
    }
    case 'likelihood': {
      const g = glmFit(design, y, present);
      ci = profileLikelihoodInterval({ ...g, level, df });
      estimate = expit(g.beta);
      break;
    }
  }
  return { variable, method, estimate, se, ci, level, df };
}
