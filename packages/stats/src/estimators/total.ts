// svytotal: estimated population totals (and counts per level of categorical variables).
import { estimateStatistic } from '../core/engine.ts';
import type { Design, SmoothStatistic } from '../core/types.ts';
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
