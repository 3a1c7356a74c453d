// Householder QR with R's limited column pivoting (LINPACK dqrdc2), its rank and qr.resid.

/**
 * A QR decomposition in LINPACK's compact form, as R's `qr(x, LAPACK = FALSE)` returns it.
 * `qr` is column-major n × p; `pivot[j]` is the original index of column j.
 */
export interface QrDecomposition {
  n: number;
  p: number;
  qr: Float64Array;
  qraux: Float64Array;
  rank: number;
  pivot: Int32Array;
}

function norm2(x: Float64Array, start: number, len: number): number {
  // Scaled sum of squares, as BLAS dnrm2, to avoid overflow and underflow.
  let scale = 0;
  let ssq = 1;
  for (let i = start; i < start + len; i++) {
    const v = x[i];
    if (v !== 0) {
      const a = Math.abs(v);
      if (scale < a) {
        ssq = 1 + ssq * (scale / a) * (scale / a);
        scale = a;
      } else {
        ssq += (a / scale) * (a / scale);
      }
    }
  }
  return scale * Math.sqrt(ssq);
}

/**
 * R's dqrdc2: Householder QR in which a column whose remaining norm falls below `tol` times its
 * original norm is moved to the end; `rank` is the number of columns kept (R's `qr(x, tol)$rank`).
 * `x` is column-major n × p and is not modified. Default tol 1e-7 as in R's qr().
 */
export function qrDecompose(x: Float64Array, n: number, p: number, tol = 1e-7): QrDecomposition {
  const a = Float64Array.from(x);
  const qraux = new Float64Array(p);
  const work1 = new Float64Array(p);
  const work2 = new Float64Array(p);
  const pivot = new Int32Array(p);
  for (let j = 0; j < p; j++) {
    pivot[j] = j;
    qraux[j] = norm2(a, j * n, n);
    work1[j] = qraux[j];
    work2[j] = qraux[j] === 0 ? 1 : qraux[j];
  }
  const lup = Math.min(n, p);
  let k = p + 1; // 1-based as in the Fortran
  const col = new Float64Array(n);
  for (let l = 1; l <= lup; l++) {
    // Cycle negligible columns to the end.
    while (l < k && qraux[l - 1] < work2[l - 1] * tol) {
      col.set(a.subarray((l - 1) * n, l * n));
      a.copyWithin((l - 1) * n, l * n, p * n);
      a.set(col, (p - 1) * n);
      const pv = pivot[l - 1];
      const q = qraux[l - 1];
      const t1 = work1[l - 1];
      const t2 = work2[l - 1];
      for (let j = l; j < p; j++) {
        pivot[j - 1] = pivot[j];
        qraux[j - 1] = qraux[j];
        work1[j - 1] = work1[j];
        work2[j - 1] = work2[j];
      }
      pivot[p - 1] = pv;
      qraux[p - 1] = q;
      work1[p - 1] = t1;
      work2[p - 1] = t2;
      k--;
    }
    if (l === n) break;
    const cl = (l - 1) * n; // column l offset
    const len = n - l + 1;
    let nrmxl = norm2(a, cl + l - 1, len);
    if (nrmxl === 0) continue;
    if (a[cl + l - 1] !== 0) nrmxl = Math.sign(a[cl + l - 1]) * Math.abs(nrmxl);
    for (let i = l - 1; i < n; i++) a[cl + i] /= nrmxl;
    a[cl + l - 1] += 1;
    for (let j = l + 1; j <= p; j++) {
      const cj = (j - 1) * n;
      let dot = 0;
      for (let i = l - 1; i < n; i++) dot += a[cl + i] * a[cj + i];
      const t = -dot / a[cl + l - 1];
      for (let i = l - 1; i < n; i++) a[cj + i] += t * a[cl + i];
      if (qraux[j - 1] === 0) continue;
      const r = Math.abs(a[cj + l - 1]) / qraux[j - 1];
      const tt = Math.max(1 - r * r, 0);
      if (Math.abs(tt) < 1e-6) {
        qraux[j - 1] = norm2(a, cj + l, n - l);
        work1[j - 1] = qraux[j - 1];
      } else {
        qraux[j - 1] *= Math.sqrt(tt);
      }
    }
    qraux[l - 1] = a[cl + l - 1];
    a[cl + l - 1] = -nrmxl;
  }
  const rank = Math.min(k - 1, n);
  return { n, p, qr: a, qraux, rank, pivot };
}

/**
 * R's qr.resid(qr, y): y minus its projection on the span of the first `rank` columns.
 * Applies Q' to y (LINPACK dqrsl), zeroes the first `rank` entries, applies Q.
 */
export function qrResid(d: QrDecomposition, y: Float64Array): Float64Array {
  const { n, qr, qraux } = d;
  const k = Math.min(d.rank, n - 1);
  const r = Float64Array.from(y);
  // Q'y
  for (let j = 0; j < k; j++) {
    if (qraux[j] === 0) continue;
    const cj = j * n;
    const diag = qr[cj + j];
    qr[cj + j] = qraux[j];
    let dot = 0;
    for (let i = j; i < n; i++) dot += qr[cj + i] * r[i];
    const t = -dot / qr[cj + j];
    for (let i = j; i < n; i++) r[i] += t * qr[cj + i];
    qr[cj + j] = diag;
  }
  for (let i = 0; i < d.rank && i < n; i++) r[i] = 0;
  // Q (Q'y with the first rank entries zeroed)
  for (let j = k - 1; j >= 0; j--) {
    if (qraux[j] === 0) continue;
    const cj = j * n;
    const diag = qr[cj + j];
    qr[cj + j] = qraux[j];
    let dot = 0;
    for (let i = j; i < n; i++) dot += qr[cj + i] * r[i];
    const t = -dot / qr[cj + j];
    for (let i = j; i < n; i++) r[i] += t * qr[cj + i];
    qr[cj + j] = diag;
  }
  return r;
}
