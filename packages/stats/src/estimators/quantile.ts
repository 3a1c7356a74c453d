// svyquantile: quantiles with Woodruff confidence intervals and SEs (R survey 4.1 defaults).

import { tQuantile } from '../ci/confint.ts';
import { estimateStatistic } from '../core/engine.ts';
import { StatsError } from '../core/errors.ts';
import { compensatedCumsum } from '../core/sum.ts';
import type { Design } from '../core/types.ts';
import { meanStatistic } from './mean.ts';
import { domainDegf } from './result.ts';
import { numericValues, presentRows } from './variables.ts';

export interface SvyQuantile {
  variable: string;
  probs: number[];
  quantile: number[];
  /** Woodruff interval per probability (NaN where a limit falls outside [0, 1], as R). */
  ci: Array<[number, number]>;
  /** (upper − lower) / (2 t_{1−α/2, df}), as R reports it. */
  se: number[];
  df: number;
}

export interface QuantileOptions {
  /** 1 − confidence level; default 0.05. */
  alpha?: number;
  naRm?: boolean;
  domain?: Uint8Array | null;
  /** Degrees of freedom for the t quantile; default degf(design) (Infinity gives normal). */
  df?: number;
}

/** Sorted values with cumulative weights, for R's qrule_math (Hyndman–Fan type 1 with weights). */
export interface WeightedCdf {
  x: Float64Array;
  cumw: Float64Array;
  total: number;
}

/** Rows in use with non-zero weight, stably sorted by value (R: order(x)), cumulative weights as R's cumsum. */
export function weightedCdf(x: Float64Array, w: Float64Array, present: Uint8Array | null): WeightedCdf {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if ((present === null || present[i] !== 0) && w[i] !== 0) idx.push(i);
  idx.sort((a, b) => x[a] - x[b] || a - b);
  const xs = Float64Array.from(idx, (i) => x[i]);
  const cumw = compensatedCumsum(Float64Array.from(idx, (i) => w[i]));
  return { x: xs, cumw, total: cumw.length > 0 ? cumw[cumw.length - 1] : 0 };
}

/**
 * R's qrule_math: pos = last i with cumw_i ≤ p·W (the first if none); the quantile is x_pos when
 * p − cumw_pos/W is exactly 0, otherwise x_{pos+1} (x_n at the end).
 */
export function qruleMath(cdf: WeightedCdf, p: number): number {
  const n = cdf.x.length;
  if (n === 0) return Number.NaN;
  const target = p * cdf.total;
  let lo = 0;
  let hi = n - 1;
  let pos = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cdf.cumw[mid] <= target) {
      pos = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (pos < 0) pos = 0;
  const wlow = p - cdf.cumw[pos] / cdf.total;
  if (wlow === 0) return cdf.x[pos];
  return cdf.x[pos === n - 1 ? pos : pos + 1];
}

/**
 * svyquantile(~x, design, probs) with survey 4.1 defaults qrule = "math", interval.type = "mean":
 * q̂ = qrule(p); p̂ = design mean of I(x ≤ q̂) with its SE; limits qrule(p̂ ± t_{α/2,df}·SE)
 * (Woodruff 1952); SE = (upper − lower)/(2 t_{1−α/2,df}); df = degf of the design after na.rm.
 */
export function svyquantile(
  design: Design,
  variables: string | string[],
  probs: number[],
  options: QuantileOptions = {},
): SvyQuantile[] {
  const vars = Array.isArray(variables) ? variables : [variables];
  const alpha = options.alpha ?? 0.05;
  for (const p of probs) {
    if (!(p >= 0 && p <= 1))
      throw new StatsError('INVALID_ARGUMENT', `quantile probability ${p} is not in [0, 1]`);
  }
  const values = vars.map((v) => numericValues(design.frame, v));
  const present = presentRows(design, options.domain, options.naRm ? values : null);
  const df = options.df ?? domainDegf(design, present);
  const crit = tQuantile(1 - alpha / 2, df);
  const w = design.weights;
  return vars.map((name, v) => {
    const x = values[v];
    let hasNa = false;
    for (let i = 0; i < x.length; i++)
      if ((present === null || present[i] !== 0) && Number.isNaN(x[i])) hasNa = true;
    if (hasNa) {
      return {
        variable: name,
        probs: probs.slice(),
        quantile: probs.map(() => Number.NaN),
        ci: probs.map(() => [Number.NaN, Number.NaN] as [number, number]),
        se: probs.map(() => Number.NaN),
        df,
      };
    }
    const cdf = weightedCdf(x, w, present);
    const quantile: number[] = [];
    const ci: Array<[number, number]> = [];
    const se: number[] = [];
    for (const p of probs) {
      const q = qruleMath(cdf, p);
      const below = Float64Array.from(x, (xi) => (xi <= q ? 1 : 0));
      const m = estimateStatistic(design, meanStatistic(['pmed'], [below], present), present);
      const pm = m.estimate[0];
      const sm = Math.sqrt(m.vcov[0]);
      const pl = pm + sm * tQuantile(alpha / 2, df);
      const pu = pm + sm * tQuantile(1 - alpha / 2, df);
      const lower = Number.isNaN(pl) || pl < 0 ? Number.NaN : qruleMath(cdf, pl);
      const upper = Number.isNaN(pu) || pu > 1 ? Number.NaN : qruleMath(cdf, pu);
      quantile.push(q);
      ci.push([lower, upper]);
      se.push((upper - lower) / (2 * crit));
    }
    return { variable: name, probs: probs.slice(), quantile, ci, se, df };
  });
}
