// svyratio: ratios of estimated totals R = T_y / T_x (combined ratio estimator).
import { estimateStatistic } from '../core/engine.ts';
import type { Design, SmoothStatistic } from '../core/types.ts';
import { deffTotal } from './deff.ts';
import { domainDegf, type SvyStat, toSvyStat } from './result.ts';
import { type EstimateOptions, masked, numericValues, presentRows } from './variables.ts';

/**
 * R_ij = T_{y_i} / T_{x_j}; influence z = (y_i − R_ij x_j) / T_{x_j}
 * (R survey: svyratio.survey.design2; Cochran 1977 §6.4).
 */
export function ratioStatistic(
  numNames: string[],
  num: Float64Array[],
  denNames: string[],
  den: Float64Array[],
  present: Uint8Array | null,
): SmoothStatistic {
  const nn = num.length;
  const nd = den.length;
  const K = nn + nd;
  const names: string[] = [];
  for (let j = 0; j < nd; j++) for (let i = 0; i < nn; i++) names.push(`${numNames[i]}/${denNames[j]}`);
  return {
    names,
    nTotals: K,
    contributions: [...num.map((x) => masked(x, present)), ...den.map((x) => masked(x, present))],
    evaluate(T) {
      const out = new Float64Array(nn * nd);
      for (let j = 0; j < nd; j++) for (let i = 0; i < nn; i++) out[j * nn + i] = T[i] / T[nn + j];
      return out;
    },
    jacobian(T) {
      const J = new Float64Array(nn * nd * K);
      for (let j = 0; j < nd; j++) {
        for (let i = 0; i < nn; i++) {
          const row = (j * nn + i) * K;
          const tx = T[nn + j];
          J[row + i] = 1 / tx;
          J[row + nn + j] = -T[i] / (tx * tx);
        }
      }
      return J;
    },
  };
}

/**
 * svyratio(~num, ~den, design, na.rm, deff): every numerator over every denominator, names "num/den"
 * (ordered denominator-major), with their full covariance. With naRm, rows with NA in any numerator
 * or denominator are dropped as a domain. deff as R: deff(svytotal(z, design, deff = TRUE)).
 */
export function svyratio(
  design: Design,
  numerator: string | string[],
  denominator: string | string[],
  options: EstimateOptions = {},
): SvyStat {
  const numNames = Array.isArray(numerator) ? numerator : [numerator];
  const denNames = Array.isArray(denominator) ? denominator : [denominator];
  const num = numNames.map((v) => numericValues(design.frame, v));
  const den = denNames.map((v) => numericValues(design.frame, v));
  const present = presentRows(design, options.domain, options.naRm ? [...num, ...den] : null);
  const stat = ratioStatistic(numNames, num, denNames, den, present);
  const vr = estimateStatistic(design, stat, present);
  let deff: number[] | undefined;
  if (options.deff) {
    const p = stat.names.length;
    const w = design.weights;
    const zs: Float64Array[] = [];
    const vars: number[] = [];
    for (let j = 0; j < denNames.length; j++) {
      let tx = 0;
      for (let r = 0; r < design.nrow; r++) if (present === null || present[r] !== 0) tx += w[r] * den[j][r];
      for (let i = 0; i < numNames.length; i++) {
        const k = j * numNames.length + i;
        const R = vr.estimate[k];
        const z = new Float64Array(design.nrow);
        for (let r = 0; r < design.nrow; r++) z[r] = (num[i][r] - R * den[j][r]) / tx;
        zs.push(z);
        vars.push(vr.vcov[k * p + k]);
      }
    }
    deff = deffTotal(design, zs, present, vars);
  }
  return toSvyStat('ratio', vr, domainDegf(design, options.domain), deff);
}
