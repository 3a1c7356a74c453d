// Dense linear solve by LU with partial pivoting (R's solve(A, b), LAPACK dgesv).
import { StatsError } from '../core/errors.ts';

/**
 * Solves A x = b for a square p × p matrix A (row-major). Throws StatsError('INVALID_ARGUMENT')
 * when A is numerically singular (R: "system is computationally singular").
 */
export function luSolve(A: Float64Array, b: Float64Array, p: number, what = 'calibration'): Float64Array {
  const m = Float64Array.from(A);
  const x = Float64Array.from(b);
  let maxAbs = 0;
  for (let i = 0; i < m.length; i++) maxAbs = Math.max(maxAbs, Math.abs(m[i]));
  for (let c = 0; c < p; c++) {
    let piv = c;
    let best = Math.abs(m[c * p + c]);
    for (let r = c + 1; r < p; r++) {
      const v = Math.abs(m[r * p + c]);
      if (v > best) {
        best = v;
        piv = r;
      }
    }
    if (!(best > maxAbs * 1e-14)) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `the ${what} system is singular: the calibration variables are collinear or a column has no sample`,
        { column: c },
      );
    }
    if (piv !== c) {
      for (let j = 0; j < p; j++) {
        const t = m[c * p + j];
        m[c * p + j] = m[piv * p + j];
        m[piv * p + j] = t;
      }
      const t = x[c];
      x[c] = x[piv];
      x[piv] = t;
    }
    const d = m[c * p + c];
    for (let r = c + 1; r < p; r++) {
      const f = m[r * p + c] / d;
      if (f === 0) continue;
      m[r * p + c] = f;
      for (let j = c + 1; j < p; j++) m[r * p + j] -= f * m[c * p + j];
      x[r] -= f * x[c];
    }
  }
  for (let c = p - 1; c >= 0; c--) {
    let s = x[c];
    for (let j = c + 1; j < p; j++) s -= m[c * p + j] * x[j];
    x[c] = s / m[c * p + c];
  }
  return x;
}
