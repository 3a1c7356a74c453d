// Student's t distribution: pt through the incomplete beta, qt by safeguarded Newton (R's qt precision).
import { pbetaBoth, qbeta } from './beta.ts';
import { lbeta } from './gamma.ts';
import { pnorm, qnorm } from './normal.ts';

/** P(T ≤ t) for T ~ t(df); df = Infinity gives the normal distribution. */
export function pt(t: number, df: number, lowerTail = true): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return pnorm(t, lowerTail);
  if (!Number.isFinite(t)) return t > 0 === lowerTail ? 1 : 0;
  const t2 = t * t;
  // tail = P(T > |t|) = I_{df/(df+t²)}(df/2, 1/2) / 2
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  // as R: I_{t²/(df+t²)}(½, df/2) upper tail when df > t², else I_{df/(df+t²)}(df/2, ½)
  const tail = (df > t2 ? pbetaBoth(y, 0.5, df / 2, x)[1] : pbetaBoth(x, df / 2, 0.5, y)[0]) / 2;
  // the tail beyond |t| is exact; the other side is 1 − tail
  if (t > 0) return lowerTail ? 1 - tail : tail;
  return lowerTail ? tail : 1 - tail;
}

/** t(df) density. */
export function dt(t: number, df: number): number {
  return Math.exp(-lbeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Quantile of t(df); df = Infinity gives qnorm. */
export function qt(p: number, df: number): number {
  if (Number.isNaN(p) || Number.isNaN(df) || p < 0 || p > 1 || df <= 0) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (df === Number.POSITIVE_INFINITY || df > 1e20) return qnorm(p);
  if (p === 0.5) return 0;
  const lower = p < 0.5;
  const pp = lower ? p : 1 - p; // tail probability (exact for p < 0.5; 1 - p as R does for p > 0.5)
  let q: number;
  if (df === 1) {
    q = Math.tan(Math.PI * (0.5 - pp));
  } else if (df === 2) {
    q = Math.sqrt(2 / (4 * pp * (1 - pp)) - 2);
  } else {
    const x = qbeta(2 * pp, df / 2, 0.5);
    q = Math.sqrt(df * (1 / x - 1));
    if (!Number.isFinite(q)) q = -qnorm(pp);
  }
  // Newton polishing on the upper tail P(T > q) = pp
  for (let it = 0; it < 10; it++) {
    const dens = dt(q, df);
    if (!(dens > 0)) break;
    const step = (pt(q, df, false) - pp) / dens;
    if (!Number.isFinite(step)) break;
    q += step * (1 + (step * q * (df + 1)) / (2 * (q * q + df)));
    if (Math.abs(step) <= 1e-15 * Math.abs(q)) break;
  }
  return lower ? -q : q;
}

/** Quantile of F(1, df2) = qt((1 + p)/2, df2)². */
export function qf1(p: number, df2: number): number {
  const t = qt(0.5 + p / 2, df2);
  return t * t;
}
