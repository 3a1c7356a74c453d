// The EM iteration (runEm): EM cycles accelerated by Anderson mixing (memory 5) of the EM map, restarted as plain EM
// when the log-likelihood falls; converged when one plain EM cycle moves no parameter by more than `tol` (mirt's TOL).
import { type EmContext, emCycle, varianceOf } from './em.ts';

export interface EmResult {
  readonly par: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

const maxChange = (a: Float64Array, b: Float64Array): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

/** Solves the m × m system A x = b (A symmetric positive semi-definite, ridge-regularised) by Gaussian elimination. */
function smallSolve(A: Float64Array, b: Float64Array, m: number): Float64Array | null {
  const M = Float64Array.from(A);
  const x = Float64Array.from(b);
  let scale = 0;
  for (let i = 0; i < m; i++) scale = Math.max(scale, M[i * m + i]);
  for (let i = 0; i < m; i++) M[i * m + i] += 1e-12 * scale;
  for (let c = 0; c < m; c++) {
    let piv = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(M[r * m + c]) > Math.abs(M[piv * m + c])) piv = r;
    if (!(Math.abs(M[piv * m + c]) > 0)) return null;
    if (piv !== c) {
      for (let k = 0; k < m; k++) [M[c * m + k], M[piv * m + k]] = [M[piv * m + k], M[c * m + k]];
      [x[c], x[piv]] = [x[piv], x[c]];
    }
    for (let r = c + 1; r < m; r++) {
      const f = M[r * m + c] / M[c * m + c];
      for (let k = c; k < m; k++) M[r * m + k] -= f * M[c * m + k];
      x[r] -= f * x[c];
    }
  }
  for (let c = m - 1; c >= 0; c--) {
    let t = x[c];
    for (let k = c + 1; k < m; k++) t -= M[c * m + k] * x[k];
    x[c] = t / M[c * m + c];
  }
  return x;
}

const MEMORY = 5;

/**
 * EM cycles accelerated by Anderson mixing (memory 5) on the EM map, restarted as plain EM whenever the
 * log-likelihood falls; converged when a plain EM cycle changes no parameter by more than `tol`.
 */
export function runEm(ctx: EmContext, start: Float64Array, tol: number, maxCycles: number): EmResult {
  const valid = (x: Float64Array) => x.every(Number.isFinite) && varianceOf(ctx, x) > 0;
  let x = start;
  let dX: Float64Array[] = [];
  let dG: Float64Array[] = [];
  let prevX: Float64Array | null = null;
  let prevG: Float64Array | null = null;
  let prevLogLik = -Infinity;
  let safe: Float64Array = start;
  for (let cycles = 1; cycles <= maxCycles; cycles++) {
    const f = emCycle(ctx, x);
    if (!(Number.isFinite(f.logLik) && valid(f.next))) {
      // the mixed point left the model's domain: back to the last plain EM step
      dX = [];
      dG = [];
      prevX = null;
      x = safe;
      continue;
    }
    const g = f.next.map((v, i) => v - x[i]);
    if (maxChange(f.next, x) < tol) return { par: f.next, iterations: cycles, converged: true };
    if (f.logLik < prevLogLik - 1e-9 * Math.abs(prevLogLik)) {
      // the mixed point lost likelihood: forget the history and continue by plain EM from here
      dX = [];
      dG = [];
      prevX = null;
    }
    prevLogLik = Math.max(prevLogLik, f.logLik);
    safe = f.next;
    if (prevX && prevG) {
      dX.push(x.map((v, i) => v - (prevX as Float64Array)[i]));
      dG.push(g.map((v, i) => v - (prevG as Float64Array)[i]));
      if (dX.length > MEMORY) {
        dX.shift();
        dG.shift();
      }
    }
    prevX = x;
    prevG = g;
    let next = f.next;
    const m = dG.length;
    if (m > 0) {
      const A = new Float64Array(m * m);
      const b = new Float64Array(m);
      for (let r = 0; r < m; r++) {
        for (let c = 0; c < m; c++) A[r * m + c] = dot(dG[r], dG[c]);
        b[r] = dot(dG[r], g);
      }
      const gamma = smallSolve(A, b, m);
      if (gamma) {
        const mixed = f.next.map((v, i) => {
          let t = v;
          for (let r = 0; r < m; r++) t -= gamma[r] * (dX[r][i] + dG[r][i]);
          return t;
        });
        if (valid(mixed)) next = mixed;
      }
    }
    x = next;
  }
  return { par: x, iterations: maxCycles, converged: false };
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
