// svyvar: estimated population variances and covariances, with design-based standard errors.
import { estimateStatistic } from '../core/engine.ts';
import type { Design, SmoothStatistic } from '../core/types.ts';
import { domainDegf, toMatrix } from './result.ts';
import { type EstimateOptions, expandVariables, presentRows } from './variables.ts';

/** Covariance matrix estimate with the covariance of its p² entries (R's svyvar object). */
export interface SvyVar {
  names: string[];
  /** p × p estimated population covariance matrix. */
  estimate: number[][];
  /** p × p standard errors of the entries. */
  se: number[][];
  /** p² × p² covariance of the entries, entries in row-major order (a, b). */
  vcov: number[][];
  df: number;
}

/**
 * S_ab = n/(n−1) (Σ w x_a x_b / Σ w − x̄_a x̄_b), n = #rows with non-zero weight (Kish's divisor,
 * as R's svyvar.survey.design). As a smooth function of the totals (Σw, Σw x_a, Σw x_a x_b) its
 * influence is z = n/(n−1) ((x_a − x̄_a)(x_b − x̄_b) − S_ab (n−1)/n)/Σw, which is exactly R's
 * svymean of (x − x̄)(x − x̄)' n/(n−1). Values are centred at the full-sample mean first (the
 * statistic does not change; rounding does), and replicate designs re-centre in every replicate.
 */
export function varianceStatistic(
  names: string[],
  values: Float64Array[],
  present: Uint8Array | null,
  weights: Float64Array,
  n: number,
): SmoothStatistic {
  const p = values.length;
  const nrow = weights.length;
  const c = n / (n - 1);
  const centre = values.map((x) => {
    let sw = 0;
    let swx = 0;
    for (let i = 0; i < nrow; i++) {
      if (present !== null && present[i] === 0) continue;
      sw += weights[i];
      swx += weights[i] * x[i];
    }
    return swx / sw;
  });
  const centred = values.map((x, j) => {
    const out = new Float64Array(nrow);
    for (let i = 0; i < nrow; i++) if (present === null || present[i] !== 0) out[i] = x[i] - centre[j];
    return out;
  });
  const one = new Float64Array(nrow);
  for (let i = 0; i < nrow; i++) one[i] = present === null || present[i] !== 0 ? 1 : 0;
  const contributions: Float64Array[] = [one, ...centred];
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      const prod = new Float64Array(nrow);
      const xa = centred[a];
      const xb = centred[b];
      for (let i = 0; i < nrow; i++) prod[i] = xa[i] * xb[i];
      contributions.push(prod);
    }
  }
  const K = 1 + p + p * p;
  const outNames: string[] = [];
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) outNames.push(`${names[a]}:${names[b]}`);
  return {
    names: outNames,
    nTotals: K,
    contributions,
    evaluate(T) {
      const out = new Float64Array(p * p);
      const t0 = T[0];
      for (let a = 0; a < p; a++) {
        for (let b = 0; b < p; b++)
          out[a * p + b] = c * (T[1 + p + a * p + b] / t0 - (T[1 + a] * T[1 + b]) / (t0 * t0));
      }
      return out;
    },
    jacobian(T) {
      const J = new Float64Array(p * p * K);
      const t0 = T[0];
      for (let a = 0; a < p; a++) {
        for (let b = 0; b < p; b++) {
          const row = (a * p + b) * K;
          const tab = T[1 + p + a * p + b];
          J[row] = c * (-tab / (t0 * t0) + (2 * T[1 + a] * T[1 + b]) / (t0 * t0 * t0));
          J[row + 1 + a] += (-c * T[1 + b]) / (t0 * t0);
          J[row + 1 + b] += (-c * T[1 + a]) / (t0 * t0);
          J[row + 1 + p + a * p + b] = c / t0;
        }
      }
      return J;
    },
  };
}

/** svyvar(~vars, design, na.rm): variances and covariances of the variables with their SEs. */
export function svyvar(design: Design, variables: string | string[], options: EstimateOptions = {}): SvyVar {
  const vars = Array.isArray(variables) ? variables : [variables];
  const { names, values } = expandVariables(design.frame, vars);
  const inDomain = presentRows(design, options.domain, null);
  let n = 0;
  const w = design.weights;
  for (let i = 0; i < design.nrow; i++) if ((inDomain === null || inDomain[i] !== 0) && w[i] !== 0) n++;
  const present = presentRows(design, options.domain, options.naRm ? values : null);
  const stat = varianceStatistic(names, values, present, w, n);
  const vr = estimateStatistic(design, stat, present);
  const p = names.length;
  const se: number[][] = [];
  for (let a = 0; a < p; a++) {
    const row: number[] = [];
    for (let b = 0; b < p; b++) {
      const k = a * p + b;
      row.push(Math.sqrt(vr.vcov[k * p * p + k]));
    }
    se.push(row);
  }
  return {
    names,
    estimate: toMatrix(vr.estimate, p),
    se,
    vcov: toMatrix(vr.vcov, p * p),
    df: domainDegf(design, options.domain),
  };
}
