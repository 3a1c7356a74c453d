// Gamma-family functions: log-gamma, regularized incomplete gamma, chi-square distribution and quantile.
// biome-ignore-all lint/correctness/noPrecisionLoss: published constants are kept digit for digit; they round to the same doubles

const LN_SQRT_2PI = 0.918938533204672741780329736406;

/**
 * log Γ(x) for x > 0: Stirling series for x ≥ 15 (error < 1e-17 relative), upward recurrence below.
 * Reflection for x < 0.5 is not needed by this package; returns NaN for x ≤ 0.
 */
export function lgamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.POSITIVE_INFINITY : Number.NaN;
  if (x === 1 || x === 2) return 0;
  let shift = 0;
  let prod = 1;
  let y = x;
  while (y < 15) {
    prod *= y;
    y += 1;
    if (prod > 1e280) {
      shift += Math.log(prod);
      prod = 1;
    }
  }
  shift += Math.log(prod);
  const y2 = 1 / (y * y);
  const series =
    (1 / y) *
    (1 / 12 -
      y2 *
        (1 / 360 -
          y2 * (1 / 1260 - y2 * (1 / 1680 - y2 * (1 / 1188 - y2 * (691 / 360360 - y2 * (1 / 156)))))));
  return (y - 0.5) * Math.log(y) - y + LN_SQRT_2PI + series - shift;
}

/** Stirling correction lgamma(x) − ((x − ½) log x − x + log √(2π)), for x ≥ 10. */
function lgammacor(x: number): number {
  const x2 = 1 / (x * x);
  return (
    (1 / x) *
    (1 / 12 -
      x2 *
        (1 / 360 -
          x2 * (1 / 1260 - x2 * (1 / 1680 - x2 * (1 / 1188 - x2 * (691 / 360360 - x2 * (1 / 156)))))))
  );
}

/** log B(a, b), avoiding the cancellation of lgamma differences for large arguments (R's lbeta). */
export function lbeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p < 0) return Number.NaN;
  if (p === 0) return Number.POSITIVE_INFINITY;
  if (!Number.isFinite(q)) return Number.NEGATIVE_INFINITY;
  if (p >= 10) {
    const corr = lgammacor(p) + lgammacor(q) - lgammacor(p + q);
    return (
      Math.log(q) * -0.5 +
      LN_SQRT_2PI +
      corr +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const corr = lgammacor(q) - lgammacor(p + q);
    return lgamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return lgamma(p) + lgamma(q) - lgamma(p + q);
}

/** Regularized incomplete gamma [P(a, x), Q(a, x)] (series or Lentz continued fraction). */
export function pgammaBoth(x: number, a: number): [number, number] {
  if (Number.isNaN(x) || Number.isNaN(a) || a <= 0) return [Number.NaN, Number.NaN];
  if (x <= 0) return [0, 1];
  if (x === Number.POSITIVE_INFINITY) return [1, 0];
  const logPrefix = a * Math.log(x) - x - lgamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
    }
    const p = sum * Math.exp(logPrefix);
    return [p, 1 - p];
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-17) break;
  }
  const q = Math.exp(logPrefix) * h;
  return [1 - q, q];
}

/** Quantile of Gamma(shape a, scale 1): Wilson–Hilferty start, safeguarded Newton on P(a, x). */
export function qgamma(p: number, a: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(a > 0)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const lga = lgamma(a);
  // Wilson–Hilferty starting value
  const z = qnormApprox(p);
  const t = 1 / (9 * a);
  let x = a * (1 - t + z * Math.sqrt(t)) ** 3;
  if (!(x > 0) || !Number.isFinite(x)) x = Math.max(1e-3, a);
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let iter = 0; iter < 500; iter++) {
    const [pl, pu] = pgammaBoth(x, a);
    const diff = p < 0.5 ? pl - p : 1 - p - pu;
    if (diff === 0) return x;
    if (diff > 0) hi = x;
    else lo = x;
    const dens = Math.exp((a - 1) * Math.log(x) - x - lga);
    let next = x - diff / dens;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = Number.isFinite(hi) ? (lo + hi) / 2 : x * 2;
    }
    if (Math.abs(next - x) <= 1e-15 * Math.abs(x)) return next;
    x = next;
  }
  return x;
}

// Crude normal quantile (Abramowitz–Stegun 26.2.23) used only for starting values.
function qnormApprox(p: number): number {
  const pp = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(pp));
  const z =
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return p < 0.5 ? -z : z;
}

/** P(X ≤ x) for X ~ χ²(df). */
export function pchisq(x: number, df: number, lowerTail = true): number {
  const [lo, up] = pgammaBoth(x / 2, df / 2);
  return lowerTail ? lo : up;
}

/** Quantile of χ²(df). */
export function qchisq(p: number, df: number): number {
  return 2 * qgamma(p, df / 2);
}
