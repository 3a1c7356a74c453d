// fitIrt: unidimensional Rasch, 2PL and 3PL by marginal maximum likelihood (Bock–Aitkin EM) with mirt 1.41's defaults.
import { StatsError } from '../core/errors.ts';
import { dnorm, qnorm } from '../core/normal.ts';
import { type EmContext, expectedCounts, varianceOf } from './em.ts';
import { runEm } from './em-run.ts';
import { type GuessPrior, type IrtModel, itemAt, itemParamCount } from './item-model.ts';
import { type ItemStats, itemStats } from './item-stats.ts';
import { type ResponsePatterns, responsePatterns } from './patterns.ts';
import { quadratureNodes } from './quadrature.ts';
import { eapScores, mapScores } from './scoring.ts';
import { parameterCovariance } from './standard-errors.ts';

export interface IrtData {
  /** item names, in order */
  readonly names: readonly string[];
  /** one column per item: 1 correct, 0 incorrect, NaN not answered */
  readonly items: readonly Float64Array[];
  /** frequency of each row (a file of response patterns); 1 per row when absent */
  readonly freq?: Float64Array;
}

export interface IrtOptions {
  readonly model: IrtModel;
  /** Beta(α, β) prior on the 3PL guessing parameter */
  readonly guessPrior?: GuessPrior;
  /** convergence: largest absolute parameter change of an EM cycle (mirt's TOL, default 1e-4) */
  readonly tol?: number;
  /** quadrature points on [−6, 6] (default 61) */
  readonly quadpts?: number;
  readonly maxCycles?: number;
  /** standard errors of the item parameters */
  readonly se?: boolean;
  /** person scores, one per input row */
  readonly scores?: 'eap' | 'map';
}

export interface IrtItem {
  readonly item: string;
  /** slope–intercept: P = g + (u − g) logistic(a1 θ + d) */
  readonly a1: number;
  readonly d: number;
  readonly g: number;
  readonly u: number;
  /** IRT: P = g + (u − g) logistic(a (θ − b)) */
  readonly a: number;
  readonly b: number;
  readonly se_a1?: number;
  readonly se_d?: number;
  readonly se_g?: number;
  readonly percentCorrect: number;
  readonly itemRestCorrelation: number;
}

export interface IrtFit {
  readonly model: IrtModel;
  readonly logLik: number;
  readonly AIC: number;
  readonly BIC: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** the estimated latent variance (Rasch) */
  readonly latentVariance?: number;
  readonly latentVarianceSe?: number;
  readonly items: IrtItem[];
  /** one per input row */
  readonly scores?: { row: number; theta: number; se: number }[];
  /** number of respondents (sum of frequencies) */
  readonly n: number;
}

function checkOptions(o: IrtOptions): void {
  if (!['rasch', '2PL', '3PL'].includes(o.model))
    throw new StatsError('INVALID_ARGUMENT', `model must be rasch, 2PL or 3PL, not ${o.model}`);
  if (o.tol !== undefined && !(o.tol > 0))
    throw new StatsError('INVALID_ARGUMENT', `tol must be a positive number, not ${o.tol}`);
  if (o.quadpts !== undefined && !(Number.isInteger(o.quadpts) && o.quadpts >= 5)) {
    throw new StatsError('INVALID_ARGUMENT', `quadpts must be an integer of at least 5, not ${o.quadpts}`);
  }
  const p = o.guessPrior;
  if (p && !(p.alpha > 0 && p.beta > 0))
    throw new StatsError('INVALID_ARGUMENT', 'the guessing prior needs Beta parameters α > 0 and β > 0');
  if (p && o.model !== '3PL')
    throw new StatsError('INVALID_ARGUMENT', 'a guessing prior applies to the 3PL model only');
}

/**
 * Starting values from the classical statistics (normal-ogive approximations): loading λ from the biserial form of
 * the item–rest correlation, a = 1.702 λ / √(1 − λ²), d = 1.702 Φ⁻¹(p) / √(1 − λ²); Rasch: d = logit(p); g = 0.2.
 */
function startValues(model: IrtModel, stats: ItemStats): Float64Array {
  const np = itemParamCount(model);
  const J = stats.percentCorrect.length;
  const v = new Float64Array(J * np + (model === 'rasch' ? 1 : 0));
  for (let j = 0; j < J; j++) {
    const p = Math.min(0.99, Math.max(0.01, stats.percentCorrect[j] / 100));
    if (model === 'rasch') {
      v[j] = Math.log(p / (1 - p));
      continue;
    }
    const z = qnorm(p);
    const r = stats.itemRest[j];
    const lambda = Math.min(
      0.9,
      Math.max(0.1, Number.isFinite(r) ? (r * Math.sqrt(p * (1 - p))) / dnorm(z) : 0.5),
    );
    const u = Math.sqrt(1 - lambda * lambda);
    v[j * np] = (1.702 * lambda) / u;
    v[j * np + 1] = (1.702 * z) / u;
    if (model === '3PL') v[j * np + 2] = Math.log(0.2 / 0.8);
  }
  if (model === 'rasch') v[v.length - 1] = 1;
  return v;
}

export function fitIrt(input: IrtData, options: IrtOptions): IrtFit {
  checkOptions(options);
  const data: ResponsePatterns = responsePatterns(input.items, input.names, input.freq);
  const { model } = options;
  const theta = quadratureNodes(options.quadpts ?? 61);
  const ctx: EmContext = { model, data, theta, prior: options.guessPrior };
  const stats = itemStats(data);
  const em = runEm(ctx, startValues(model, stats), options.tol ?? 1e-4, options.maxCycles ?? 5000);
  const v = em.par;
  const logLik = expectedCounts(ctx, v).logLik;
  const k = v.length;
  const variance = varianceOf(ctx, v);
  const cov = options.se ? parameterCovariance(ctx, v) : undefined;
  const np = itemParamCount(model);
  const seAt = (i: number) => (cov ? Math.sqrt(cov[i * k + i]) : Number.NaN);
  const items = input.names.map((name, j): IrtItem => {
    const { a, d, g } = itemAt(model, v, j);
    const o = j * np;
    const se = cov
      ? model === 'rasch'
        ? { se_d: seAt(o) }
        : {
            se_a1: seAt(o),
            se_d: seAt(o + 1),
            ...(model === '3PL' ? { se_g: g * (1 - g) * seAt(o + 2) } : {}),
          }
      : {};
    return {
      item: name,
      a1: a,
      d,
      g,
      u: 1,
      a,
      b: -d / a,
      ...se,
      percentCorrect: stats.percentCorrect[j],
      itemRestCorrelation: stats.itemRest[j],
    };
  });
  let scores: IrtFit['scores'];
  if (options.scores) {
    const eap = eapScores(model, v, variance, data, theta);
    const s = options.scores === 'map' ? mapScores(model, v, variance, data, eap) : eap;
    scores = Array.from(data.rowPattern, (p, row) => ({ row: row + 1, theta: s.theta[p], se: s.se[p] }));
  }
  return {
    model,
    logLik,
    AIC: -2 * logLik + 2 * k,
    BIC: -2 * logLik + k * Math.log(data.total),
    iterations: em.iterations,
    converged: em.converged,
    ...(model === 'rasch'
      ? { latentVariance: variance, ...(cov ? { latentVarianceSe: seAt(k - 1) } : {}) }
      : {}),
    items,
    ...(scores ? { scores } : {}),
    n: data.total,
  };
}
