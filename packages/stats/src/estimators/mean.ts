// svymean: weighted means (and proportions of each level of categorical variables) with full covariance.
import { estimateStatistic } from '../core/engine.ts';
import type { Design, SmoothStatistic, TaylorDesign } from '../core/types.ts';
import { clusterTaylorVariance } from '../variance/taylor-variance.ts';
import { clusterSums } from './cluster-sums.ts';
import { deffMean } from './deff.ts';
import { domainDegf, type SvyStat, toSvyStat } from './result.ts';
import { domainInputs, type EstimateOptions, expandVariables, indicator, masked } from './variables.ts';

/**
 * Means ȳ_j = T_j / T_0 with T_j = Σ w_i y_ij, T_0 = Σ w_i over the rows in use.
 * Influence z_ij = (y_ij − ȳ_j)/T_0 (R survey: svymean.survey.design2, svymean.svyrep.design).
 */
export function meanStatistic(
  names: string[],
  values: Float64Array[],
  present: Uint8Array | null,
): SmoothStatistic {
  const n = values[0].length;
  const contributions = values.map((x) => masked(x, present));
  contributions.push(indicator(n, present));
  return meanFromContributions(names, contributions);
}

/** The mean statistic over prepared contributions [x_1, …, x_p, 1] (already zero outside the rows in use). */
export function meanFromContributions(names: string[], contributions: Float64Array[]): SmoothStatistic {
  const p = contributions.length - 1;
  return {
    names,
    nTotals: p + 1,
    contributions,
    evaluate(T) {
      const out = new Float64Array(p);
      for (let j = 0; j < p; j++) out[j] = T[j] / T[p];
      return out;
    },
    jacobian(T) {
      const K = p + 1;
      const J = new Float64Array(p * K);
      for (let j = 0; j < p; j++) {
        J[j * K + j] = 1 / T[p];
        J[j * K + p] = -T[j] / (T[p] * T[p]);
      }
      return J;
    },
  };
}

/**
 * svymean(~vars, design, na.rm, deff): means of numeric columns and level proportions of categorical
 * columns. Rows outside `domain` (or with NA when naRm) keep the design but contribute zero.
 */
export function svymean(
  design: Design,
  variables: string | string[],
  options: EstimateOptions = {},
): SvyStat {
  const vars = Array.isArray(variables) ? variables : [variables];
  const { names, values } = expandVariables(design.frame, vars);
  if (design.kind === 'taylor' && design.calibrations.length === 0 && !options.deff) {
    return fastTaylorMean(design, names, values, options);
  }
  const { present, contributions } = domainInputs(design, values, options.domain, options.naRm ?? false);
  const stat = meanFromContributions(names, contributions);
  const vr = estimateStatistic(design, stat, present);
  const p = names.length;
  const deff = options.deff
    ? deffMean(
        design,
        values,
        present,
        names.map((_, j) => vr.vcov[j * p + j]),
      )
    : undefined;
  return toSvyStat('mean', vr, domainDegf(design, options.domain), deff);
}

/**
 * The same estimate on an uncalibrated Taylor design from per-cluster sums in one pass over the rows:
 * ȳ_j = T_j/T_0 and cluster totals of the influence values (A_cj − ȳ_j A_c0)/T_0.
 */
function fastTaylorMean(
  design: TaylorDesign,
  names: string[],
  values: Float64Array[],
  options: EstimateOptions,
): SvyStat {
  const s = clusterSums(design, values, options.domain, options.naRm ?? false);
  const { A, p, nClusters } = s;
  const K = p + 1;
  const T = new Float64Array(K);
  for (let c = 0; c < nClusters; c++) for (let k = 0; k < K; k++) T[k] += A[c * K + k];
  const estimate = new Float64Array(p);
  for (let j = 0; j < p; j++) estimate[j] = T[j] / T[p];
  const tot = new Float64Array(nClusters * p);
  for (let c = 0; c < nClusters; c++) {
    for (let j = 0; j < p; j++) tot[c * p + j] = A[c * K + j] / T[p] + (-T[j] / (T[p] * T[p])) * A[c * K + p];
  }
  const vcov = clusterTaylorVariance(design, tot, p, s.present);
  return toSvyStat('mean', { names, estimate, vcov }, s.degf);
}
