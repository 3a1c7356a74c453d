// R's spline(method = "fmm") and approx() (linear), as used by MASS's confint.profile.glm.

/** Forsythe–Malcolm–Moler cubic spline coefficients (R's fmm_spline in splines.c). */
export function fmmSplineCoef(
  x: Float64Array,
  y: Float64Array,
): { b: Float64Array; c: Float64Array; d: Float64Array } {
  const n = x.length;
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  if (n < 2) return { b, c, d };
  if (n < 3) {
    const t = (y[1] - y[0]) / (x[1] - x[0]);
    b[0] = t;
    b[1] = t;
    return { b, c, d };
  }
  // 0-based transcription of the reference code (1-based there)
  d[0] = x[1] - x[0];
  c[1] = (y[1] - y[0]) / d[0];
  for (let i = 1; i < n - 1; i++) {
    d[i] = x[i + 1] - x[i];
    b[i] = 2 * (d[i - 1] + d[i]);
    c[i + 1] = (y[i + 1] - y[i]) / d[i];
    c[i] = c[i + 1] - c[i];
  }
  // end conditions: third derivatives at the ends from divided differences
  b[0] = -d[0];
  b[n - 1] = -d[n - 2];
  c[0] = 0;
  c[n - 1] = 0;
  if (n > 3) {
    c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
    c[n - 1] = c[n - 2] / (x[n - 1] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4]);
    c[0] = (c[0] * d[0] * d[0]) / (x[3] - x[0]);
    c[n - 1] = (-c[n - 1] * d[n - 2] * d[n - 2]) / (x[n - 1] - x[n - 4]);
  }
  // Gaussian elimination and back substitution
  for (let i = 1; i <= n - 1; i++) {
    const t = d[i - 1] / b[i - 1];
    b[i] = b[i] - t * d[i - 1];
    c[i] = c[i] - t * c[i - 1];
  }
  c[n - 1] = c[n - 1] / b[n - 1];
  for (let i = n - 2; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
  // polynomial coefficients
  b[n - 1] = (y[n - 1] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2 * c[n - 1]);
  for (let i = 0; i <= n - 2; i++) {
    b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i]);
    d[i] = (c[i + 1] - c[i]) / d[i];
    c[i] = 3 * c[i];
  }
  c[n - 1] = 3 * c[n - 1];
  d[n - 1] = d[n - 2];
  return { b, c, d };
}

/** Evaluates the spline at u (R's spline_eval for non-periodic splines). */
export function splineEval(
  x: Float64Array,
  y: Float64Array,
  coef: { b: Float64Array; c: Float64Array; d: Float64Array },
  u: Float64Array,
): Float64Array {
  const n = x.length;
  const v = new Float64Array(u.length);
  let i = 0;
  for (let l = 0; l < u.length; l++) {
    const ul = u[l];
    if (ul < x[i] || (i < n - 1 && x[i + 1] < ul)) {
      i = 0;
      let j = n;
      do {
        const k = (i + j) >> 1;
        if (ul < x[k]) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const dx = ul - x[i];
    v[l] = y[i] + dx * (coef.b[i] + dx * (coef.c[i] + dx * coef.d[i]));
  }
  return v;
}

/** R's spline(x, y, n = 3·length(x), method = "fmm") for increasing x: n equally spaced points. */
export function rSpline(
  x: Float64Array,
  y: Float64Array,
  nOut = 3 * x.length,
): { x: Float64Array; y: Float64Array } {
  const coef = fmmSplineCoef(x, y);
  const from = x[0];
  const to = x[x.length - 1];
  const xout = new Float64Array(nOut);
  const by = (to - from) / (nOut - 1);
  for (let i = 0; i < nOut; i++)
    xout[i] = i === nOut - 1 ? to : i < nOut / 2 ? from + i * by : to - (nOut - 1 - i) * by;
  return { x: xout, y: splineEval(x, y, coef, xout) };
}

/** R's approx(x, y, xout) (linear, rule = 1: NaN outside the range; ties of x averaged). */
export function rApprox(x: Float64Array, y: Float64Array, xout: number): number {
  const order = Array.from(x.keys()).sort((a, b) => x[a] - x[b] || a - b);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < order.length; ) {
    let j = k;
    let s = 0;
    while (j < order.length && x[order[j]] === x[order[k]]) s += y[order[j++]];
    xs.push(x[order[k]]);
    ys.push(s / (j - k));
    k = j;
  }
  const n = xs.length;
  if (Number.isNaN(xout) || xout < xs[0] || xout > xs[n - 1]) return Number.NaN;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (xout < xs[mid]) hi = mid;
    else lo = mid;
  }
  if (xout === xs[hi]) return ys[hi];
  if (xout === xs[lo]) return ys[lo];
  return ys[lo] + (ys[hi] - ys[lo]) * ((xout - xs[lo]) / (xs[hi] - xs[lo]));
}
