// Beta distribution: regularized incomplete beta (Lentz continued fraction) and its inverse (safeguarded Newton).
import { lbeta } from './gamma.ts';

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/**
 * [I_x(a, b), 1 − I_x(a, b)] with y = 1 − x given separately to avoid cancellation
 * (e.g. x = df/(df+t²), y = t²/(df+t²) for Student's t).
 */
export function pbetaBoth(x: number, a: number, b: number, y: number = 1 - x): [number, number] {
  if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0)
    return [Number.NaN, Number.NaN];
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  const lx = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const ly = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const logFront = a * lx + b * ly - lbeta(a, b);
  const front = Math.exp(logFront);
  if (x <= 0.5 && x * (a + b) <= 100) {
    // positive power series I_x(a,b) = x^a y^b/(a B(a,b)) Σ_n (a+b)_n/(a+1)_n x^n (A&S 26.5.5 via 15.3.1):
    // no cancellation, few terms when x(a+b) is moderate (large-df t tails, where the fraction is slow)
    let term = 1;
    let sum = 1;
    for (let k = 0; k < 100000; k++) {
      term *= ((a + b + k) * x) / (a + 1 + k);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    const lower = (front * sum) / a;
    if (lower <= 0.9999) return [lower, 1 - lower];
    const upper = (front * betaContinuedFraction(y, b, a)) / b;
    return [1 - upper, upper];
  }
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(x, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (front * betaContinuedFraction(y, b, a)) / b;
  return [1 - upper, upper];
}

/** Regularized incomplete beta I_x(a, b) = P(X ≤ x), X ~ Beta(a, b). */
export function pbeta(x: number, a: number, b: number, lowerTail = true): number {
  const [lo, up] = pbetaBoth(x, a, b);
  return lowerTail ? lo : up;
}

/** Beta(a, b) density. */
export function dbeta(x: number, a: number, b: number): number {
  if (x < 0 || x > 1) return 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lbeta(a, b));
}

/** Quantile of Beta(a, b): bisection-safeguarded Newton on I_x(a, b), to about 1e-15 relative. */
export function qbeta(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(a > 0) || !(b > 0)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lb = lbeta(a, b);
  let lo = 0;
  let hi = 1;
  // starting value: mean-matched guess clipped into (0, 1), refined by a few bisections
  let x = a / (a + b);
  for (let i = 0; i < 8; i++) {
    const f = pbeta(x, a, b) - p;
    if (f > 0) hi = x;
    else lo = x;
    x = (lo + hi) / 2;
  }
  for (let iter = 0; iter < 1000; iter++) {
    const [pl, pu] = pbetaBoth(x, a, b);
    const diff = p <= 0.5 ? pl - p : 1 - p - pu;
    if (diff === 0) return x;
    if (diff > 0) hi = x;
    else lo = x;
    const logDens = (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lb;
    let next = x - diff / Math.exp(logDens);
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 4e-16 * Math.abs(x) || hi - lo <= 4e-16 * Math.abs(x)) return next;
    x = next;
  }
  return x;
}
