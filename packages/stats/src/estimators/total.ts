// svytotal: estimated population totals (and counts per level of categorical variables).
import { estimateStatistic } from '../core/engine.ts';
import type { Design, SmoothStatistic } from '../core/types.ts';
import { clusterTaylorVariance } from '../variance/taylor-variance.ts';
import { clusterSums } from './cluster-sums.ts';
import { deffTotal } from './deff.ts';
import { domainDegf, type SvyStat, toSvyStat } from './result.ts';
import { type EstimateOptions, expandVariables, masked, presentRows } from './variables.ts';

/** Totals T_j = Σ w_i y_ij (Horvitz–Thompson); influence z_ij = y_ij (R: svytotal.survey.design2). */
export function totalStatistic(
  names: string[],
  values: Float64Array[],
  present: Uint8Array | null,
): SmoothStatistic {
  const p = values.length;
  return {
    names,
    nTotals: p,
    contributions: values.map((x) => masked(x, present)),
    evaluate(T) {
      return Float64Array.from(T);
    },
    jacobian() {
      const J = new Float64Array(p * p);
      for (let j = 0; j < p; j++) J[j * p + j] = 1;
      return J;
    },
  };
}

/** svytotal(~vars, design, na.rm, deff). */
export function svytotal(
  design: Design,
  variables: string | string[],
  options: EstimateOptions = {},
): SvyStat {
  const vars = Array.isArray(variables) ? variables : [variables];
  const { names, values } = expandVariables(design.frame, vars);
  if (design.kind === 'taylor' && design.calibrations.length === 0 && !options.deff) {
    // one pass: per-cluster weighted sums are the cluster totals of the influence values
    const s = clusterSums(design, values, options.domain, options.naRm ?? false);
    const { A, p, nClusters } = s;
    const K = p + 1;
    const estimate = new Float64Array(p);
    const tot = new Float64Array(nClusters * p);
    for (let c = 0; c < nClusters; c++) {
      for (let j = 0; j < p; j++) {
        tot[c * p + j] = A[c * K + j];
        estimate[j] += A[c * K + j];
      }
    }
    const vcov = clusterTaylorVariance(design, tot, p, s.present);
    return toSvyStat('total', { names, estimate, vcov }, s.degf);
  }
  const present = presentRows(design, options.domain, options.naRm ? values : null);
  const vr = estimateStatistic(design, totalStatistic(names, values, present), present);
  const p = names.length;
  const deff = options.deff
    ? deffTotal(
        design,
        values,
        present,
        names.map((_, j) => vr.vcov[j * p + j]),
      )
    : undefined;
  return toSvyStat('total', vr, domainDegf(design, options.domain), deff);
}
