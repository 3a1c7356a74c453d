// x = A⁺ b for a symmetric positive semi-definite A (R's MASS::ginv(A, tol) %*% b), by Jacobi rotations.

/**
 * Moore–Penrose solution of A x = b for symmetric A (p × p, row-major), as MASS::ginv: eigenvalues
 * (= singular values for a PSD matrix) at most tol · the largest are treated as zero. Used by the
 * Newton steps of generalised raking, where R uses ginv(Tmat, tol = 256 · .Machine$double.eps).
 */
export function pinvSolve(
  A: Float64Array,
  b: Float64Array,
  p: number,
  tol = 256 * Number.EPSILON,
): Float64Array {
  const a = Float64Array.from(A);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += a[i * p + j] * a[i * p + j];
    if (off === 0) break;
    for (let i = 0; i < p; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = a[i * p + j];
        if (aij === 0) continue;
        const theta = (a[j * p + j] - a[i * p + i]) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const aki = a[k * p + i];
          const akj = a[k * p + j];
          a[k * p + i] = c * aki - s * akj;
          a[k * p + j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k++) {
          const aik = a[i * p + k];
          const ajk = a[j * p + k];
          a[i * p + k] = c * aik - s * ajk;
          a[j * p + k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k++) {
          const vki = v[k * p + i];
          const vkj = v[k * p + j];
          v[k * p + i] = c * vki - s * vkj;
          v[k * p + j] = s * vki + c * vkj;
        }
      }
    }
  }
  let dmax = 0;
  for (let i = 0; i < p; i++) dmax = Math.max(dmax, Math.abs(a[i * p + i]));
  const x = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const d = a[k * p + k];
    if (!(Math.abs(d) > tol * dmax)) continue;
    let proj = 0;
    for (let i = 0; i < p; i++) proj += v[i * p + k] * b[i];
    const c = proj / d;
    for (let i = 0; i < p; i++) x[i] += v[i * p + k] * c;
  }
  return x;
}
