// The linear algebra of the Fay–Herriot fit at a given area-effect variance A, without forming an m × m matrix:
// W = diag(1 / (A + D_i)), Q = (X'WX)⁻¹, P = W − WXQX'W, and the traces and products Fisher scoring needs.
import { luSolve } from '../calibrate/lu-solve.ts';

interface Covariates {
  p: number;
  values: Float64Array;
}

/** X' diag(w) X, p × p row-major, for column-major X (m rows). */
function crossprod(x: Covariates, w: Float64Array): Float64Array {
  const { p, values } = x;
  const m = w.length;
  const out = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += values[a * m + i] * w[i] * values[b * m + i];
      out[a * p + b] = s;
      out[b * p + a] = s;
    }
  return out;
}

/** The inverse of a p × p matrix (row-major), column by column. */
function invert(a: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p);
  for (let c = 0; c < p; c++) {
    const e = new Float64Array(p);
    e[c] = 1;
    const col = luSolve(a, e, p, 'Fay–Herriot covariate');
    for (let r = 0; r < p; r++) inv[r * p + c] = col[r];
  }
  return inv;
}

/** tr(AB) of two p × p matrices. */
function traceOfProduct(a: Float64Array, b: Float64Array, p: number): number {
  let s = 0;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) s += a[i * p + j] * b[j * p + i];
  return s;
}

const powers = (vardir: Float64Array, a: number, k: number) =>
  Float64Array.from(vardir, (d) => (a + d) ** -k);

export interface GlsFit {
  /** (X'WX)⁻¹, p × p: the covariance of β */
  q: Float64Array;
  beta: Float64Array;
  /** y − Xβ */
  resid: Float64Array;
  vi: Float64Array;
}

/** β by generalised least squares at variance `a`, with its covariance and the residuals. */
export function gls(y: Float64Array, vardir: Float64Array, x: Covariates, a: number): GlsFit {
  const m = y.length;
  const { p, values } = x;
  const vi = powers(vardir, a, 1);
  const q = invert(crossprod(x, vi), p);
  const xwy = new Float64Array(p);
  for (let j = 0; j < p; j++) for (let i = 0; i < m; i++) xwy[j] += values[j * m + i] * vi[i] * y[i];
  const beta = new Float64Array(p);
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) beta[j] += q[j * p + k] * xwy[k];
  const resid = Float64Array.from(y);
  for (let j = 0; j < p; j++) for (let i = 0; i < m; i++) resid[i] -= values[j * m + i] * beta[j];
  return { q, beta, resid, vi };
}

export interface FhMatrices {
  sumVi: number;
  sumVi2: number;
  /** tr(P) and tr(PP) */
  traceP: number;
  tracePP: number;
  /** (Py)'(Py), with Py = W(y − Xβ̂) */
  pyPy: number;
  /** Σ W_i (y_i − x_i'β̂)² */
  weightedRss: number;
}

export function fhMatrices(y: Float64Array, vardir: Float64Array, x: Covariates, a: number): FhMatrices {
  const { p } = x;
  const fit = gls(y, vardir, x, a);
  const vi2 = powers(vardir, a, 2);
  const q = fit.q;
  const xw2x = crossprod(x, vi2);
  const xw3x = crossprod(x, powers(vardir, a, 3));
  let sumVi = 0;
  let sumVi2 = 0;
  let pyPy = 0;
  let weightedRss = 0;
  for (let i = 0; i < y.length; i++) {
    const r = fit.resid[i];
    sumVi += fit.vi[i];
    sumVi2 += vi2[i];
    pyPy += (fit.vi[i] * r) ** 2;
    weightedRss += fit.vi[i] * r * r;
  }
  const qxw2x = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++)
      for (let k = 0; k < p; k++) qxw2x[i * p + j] += q[i * p + k] * xw2x[k * p + j];
  return {
    sumVi,
    sumVi2,
    traceP: sumVi - traceOfProduct(q, xw2x, p),
    tracePP: sumVi2 - 2 * traceOfProduct(q, xw3x, p) + traceOfProduct(qxw2x, qxw2x, p),
    pyPy,
    weightedRss,
  };
}
