// The EM iteration (runEm): EM cycles accelerated by Anderson mixing (memory 5) of the EM map, restarted as plain EM
// when the log-likelihood falls; converged when one plain EM cycle moves no parameter by more than `tol` (mirt's TOL).
import { luSolve } from '../calibrate/lu-solve.ts';
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

/** Solves the small Anderson system A x = b (ridge-regularised); null when it is singular. */
function smallSolve(A: Float64Array, b: Float64Array, m: number): Float64Array | null {
  const M = Float64Array.from(A);
  let scale = 0;
  for (let i = 0; i < m; i++) scale = Math.max(scale, M[i * m + i]);
  for (let i = 0; i < m; i++) M[i * m + i] += 1e-12 * scale;
  try {
    return luSolve(M, b, m, 'Anderson mixing');
  } catch {
    return null;
  }
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
