// Confidence intervals for any estimate: estimate ± quantile · SE (R's confint.svystat / tconfint).
import { qnorm } from '../core/normal.ts';
import { qt } from '../core/student-t.ts';

/** Quantile of t(df), or of N(0, 1) when df is Infinity (R's qt(p, Inf)). */
export function tQuantile(p: number, df: number): number {
  return df === Number.POSITIVE_INFINITY ? qnorm(p) : qt(p, df);
}

/**
 * [θ̂ + SE·q(α/2), θ̂ + SE·q(1 − α/2)] with α = 1 − level and q the normal quantile (default, as R's
 * confint(svymean)) or the t(df) quantile when df is given (R's confint(..., df = degf(design))).
 */
export function confint(
  stat: { estimate: number[]; se: number[] },
  options: { level?: number; df?: number } = {},
): Array<[number, number]> {
  const level = options.level ?? 0.95;
  const df = options.df ?? Number.POSITIVE_INFINITY;
  const a = (1 - level) / 2;
  const lo = tQuantile(a, df);
  const hi = tQuantile(1 - a, df);
  return stat.estimate.map((e, j) => [e + stat.se[j] * lo, e + stat.se[j] * hi]);
}
