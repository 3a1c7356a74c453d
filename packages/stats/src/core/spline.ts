// R's spline(method = "fmm") and approx() (linear), as used by MASS's confint.profile.glm.

/** Forsythe–Malcolm–Moler cubic spline coefficients (R's fmm_spline in splines.c). */
export function fmmSplineCoef(x: Float64Array, y: Float64Array): { b: Float64Array; c: Float64Array; d: Float64Array } {
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
  // 1-based helpers to follow the reference code
  const X = (i: number) => x[i - 1];
  const Y = (i: number) => y[i - 1];
  const B = (i: number, v?: number) => (v === undefined ? b[i - 1] : (b[i - 1] = v));
  const Cc = (i: number, v?: number) => (v === undefined ? c[i - 1] : (c[i - 1] = v));
  const Dd = (i: number, v?: number) => (v === undefined ? d[i - 1] : (d[i - 1] = v));
  const nm1 = n - 1;
  Dd(1, X(2) - X(1));
  Cc(2, (Y(2) - Y(1)) / Dd(1));
  for (let i = 2; i < n; i++) {
    Dd(i, X(i + 1) - X(i));
    B(i, 2 * (Dd(i - 1) + Dd(i)));
    Cc(i + 1, (Y(i + 1) - Y(i)) / Dd(i));
    Cc(i, Cc(i + 1) - Cc(i));
  }
  B(1, -Dd(1));
  B(n, -Dd(nm1));
  Cc(1, 0);
  Cc(n, 0);
  if (n > 3) {
    Cc(1, Cc(3) / (X(4) - X(2)) - Cc(2) / (X(3) - X(1)));
    Cc(n, Cc(nm1) / (X(n) - X(n - 2)) - Cc(n - 2) / (X(nm1) - X(n - 3)));
    Cc(1, (Cc(1) * Dd(1) * Dd(1)) / (X(4) - X(1)));
    Cc(n, (-Cc(n) * Dd(nm1) * Dd(nm1)) / (X(n) - X(n - 3)));
  }
  for (let i = 2; i <= n; i++) {
    const t = Dd(i - 1) / B(i - 1);
    B(i, B(i) - t * Dd(i - 1));
    Cc(i, Cc(i) - t * Cc(i - 1));
  }
  Cc(n, Cc(n) / B(n));
  for (let i = nm1; i >= 1; i--) Cc(i, (Cc(i) - Dd(i) * Cc(i + 1)) / B(i));
  B(n, (Y(n) - Y(n - 1)) / Dd(n - 1) + Dd(n - 1) * (Cc(n - 1) + 2 * Cc(n)));
  for (let i = 1; i <= nm1; i++) {
    B(i, (Y(i + 1) - Y(i)) / Dd(i) - Dd(i) * (Cc(i + 1) + 2 * Cc(i)));
    Dd(i, (Cc(i + 1) - Cc(i)) / Dd(i));
    Cc(i, 3 * Cc(i));
  }
  Cc(n, 3 * Cc(n));
  Dd(n, Dd(nm1));
  return { b, c, d };
}

/** Evaluates the spline at u (R's spline_eval for non-periodic splines). */
export function splineEval(x: Float64Array, y: Float64Array, coef: { b: Float64Array; c: Float64Array; d: Float64Array }, u: Float64Array): Float64Array {
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
export function rSpline(x: Float64Array, y: Float64Array, nOut = 3 * x.length): { x: Float64Array; y: Float64Array } {
  const coef = fmmSplineCoef(x, y);
  const from = x[0];
  const to = x[x.length - 1];
  const xout = new Float64Array(nOut);
  const by = (to - from) / (nOut - 1);
  for (let i = 0; i < nOut; i++) xout[i] = i === nOut - 1 ? to : i < nOut / 2 ? from + i * by : to - (nOut - 1 - i) * by;
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
