// Area-level Fay–Herriot model, as R's sae 1.3 eblupFH: y_i = x_i'β + u_i + e_i with u_i ~ N(0, A) and known sampling
// variances D_i of e_i. A is estimated by REML, ML or the Fay–Herriot moment method (Fisher scoring from the median of
// D, stopping when the relative change is ≤ precision), then β by GLS and the EBLUP of each area.
import { StatsError } from '../core/errors.ts';
import { pnorm } from '../core/normal.ts';
import { type FhMatrices, fhMatrices, gls } from './fh-algebra.ts';
import { fhMse } from './fh-mse.ts';

export type FhMethod = 'REML' | 'ML' | 'FH';

export interface FhInput {
  /** direct estimates, one per area */
  y: Float64Array;
  /** their sampling variances (known) */
  vardir: Float64Array;
  /** covariates, column-major m × p with an intercept column where wanted (e.g. from modelMatrix) */
  x: { p: number; names: string[]; values: Float64Array };
  method?: FhMethod;
  /** R's MAXITER (100) */
  maxIter?: number;
  /** R's PRECISION (1e-4): the relative change of A that stops the iteration */
  precision?: number;
}

export interface FhCoefficient {
  term: string;
  estimate: number;
  se: number;
  z: number;
  p: number;
}

export interface FhResult {
  method: FhMethod;
  /** the variance A of the area effects (0 when the estimate is negative) */
  refvar: number;
  iterations: number;
  converged: boolean;
  beta: FhCoefficient[];
  goodness: { loglike: number; AIC: number; BIC: number; KIC: number };
  /** per area: the EBLUP and its MSE (Prasad–Rao for FH, Datta–Lahiri for REML and ML, as sae's mseFH) */
  eblup: Float64Array;
  mse: Float64Array;
}

/** One Fisher-scoring step's score and information for the method, at the matrices of the current A. */
function scoring(method: FhMethod, k: FhMatrices, m: number, p: number): { s: number; f: number } {
  if (method === 'REML') return { s: -0.5 * k.traceP + 0.5 * k.pyPy, f: 0.5 * k.tracePP };
  if (method === 'ML') return { s: -0.5 * k.sumVi + 0.5 * k.pyPy, f: 0.5 * k.sumVi2 };
  return { s: k.weightedRss - (m - p), f: k.sumVi };
}

function check(input: FhInput): void {
  const { y, vardir, x } = input;
  const m = y.length;
  if (vardir.length !== m || x.values.length !== m * x.p)
    throw new StatsError(
      'LENGTH_MISMATCH',
      'the estimates, their variances and the covariates differ in length',
      {
        estimates: m,
        variances: vardir.length,
        covariateRows: x.values.length / Math.max(x.p, 1),
      },
    );
  if (m <= x.p)
    throw new StatsError('NO_DATA', `${m} areas cannot fit ${x.p} coefficients and a variance`, {
      areas: m,
      p: x.p,
    });
  for (let i = 0; i < m; i++) {
    if (!Number.isFinite(y[i]))
      throw new StatsError('NO_DATA', `area ${i + 1} has no estimate`, { row: i + 1 });
    if (!(vardir[i] > 0))
      throw new StatsError('INVALID_ARGUMENT', `area ${i + 1}: the sampling variance must be positive`, {
        row: i + 1,
      });
  }
}

const median = (v: Float64Array) => {
  const s = Float64Array.from(v).sort();
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};

/** R sae's eblupFH and mseFH in one call. */
export function fayHerriot(input: FhInput): FhResult {
  check(input);
  const { y, vardir, x } = input;
  const method = input.method ?? 'REML';
  const maxIter = input.maxIter ?? 100;
  const precision = input.precision ?? 1e-4;
  const m = y.length;
  const { p } = x;
  let a = median(vardir);
  let k = 0;
  let diff = precision + 1;
  while (diff > precision && k < maxIter) {
    k++;
    const { s, f } = scoring(method, fhMatrices(y, vardir, x, a), m, p);
    const next = a + s / f;
    diff = Math.abs((next - a) / a);
    a = next;
  }
  const converged = !(k >= maxIter && diff >= precision);
  const refvar = Math.max(a, 0);
  const fit = gls(y, vardir, x, refvar);
  let loglike = 0;
  const eblup = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const v = refvar + vardir[i];
    const r = fit.resid[i];
    loglike += Math.log(2 * Math.PI * v) + (r * r) / v;
    eblup[i] = y[i] - r + (refvar / v) * r;
  }
  loglike *= -0.5;
  const beta = x.names.map((term, j) => {
    const se = Math.sqrt(fit.q[j * p + j]);
    const z = fit.beta[j] / se;
    return { term, estimate: fit.beta[j], se, z, p: 2 * pnorm(Math.abs(z), false) };
  });
  return {
    method,
    refvar,
    iterations: k,
    converged,
    beta,
    goodness: {
      loglike,
      AIC: -2 * loglike + 2 * (p + 1),
      BIC: -2 * loglike + (p + 1) * Math.log(m),
      KIC: -2 * loglike + 3 * (p + 1),
    },
    eblup,
    mse: fhMse(method, vardir, x, refvar, fit.q),
  };
}
