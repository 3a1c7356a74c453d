// Degrees of freedom of a replicate design: rank of the analysis replicate weights − 1 (R's degf).
import { qrDecompose } from '../calibrate/householder-qr.ts';
import type { ReplicateDesign, ReplicateWeights } from '../core/types.ts';

/**
 * R's degf.svyrep.design: qr(weights(design, "analysis"), tol = 1e-5)$rank − 1, over the rows of the
 * (sub)design. For PSU factors the n × R matrix is never built: its columns have the Gram matrix of
 * B = diag(s_p) F with s_p² = Σ_{i∈p} w_i², so the same pivoted QR runs on the nPsu × R matrix B.
 */
export function replicateDegf(
  replicates: ReplicateWeights,
  weights: Float64Array,
  subset: Uint8Array | null,
): number {
  const R = replicates.nrep;
  if (R === 0) return 0;
  if (replicates.kind === 'psu-factors') {
    const { nPsu, psu, factors } = replicates;
    const ss = new Float64Array(nPsu);
    for (let i = 0; i < weights.length; i++) {
      if (subset !== null && subset[i] === 0) continue;
      ss[psu[i]] += weights[i] * weights[i];
    }
    const rows: number[] = [];
    for (let p = 0; p < nPsu; p++) if (ss[p] > 0) rows.push(p);
    const m = rows.length;
    if (m === 0) return -1;
    const b = new Float64Array(m * R);
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < m; k++) b[r * m + k] = Math.sqrt(ss[rows[k]]) * factors[r * nPsu + rows[k]];
    }
    return qrDecompose(b, m, R, 1e-5).rank - 1;
  }
  const n = weights.length;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (subset === null || subset[i] !== 0) rows.push(i);
  const m = rows.length;
  if (m === 0) return -1;
  const b = new Float64Array(m * R);
  const v = replicates.values;
  for (let r = 0; r < R; r++) for (let k = 0; k < m; k++) b[r * m + k] = v[r * n + rows[k]];
  return qrDecompose(b, m, R, 1e-5).rank - 1;
}

/** replicateDegf for a design (e.g. after subset(), which R follows with degf <- degf(x)). */
export function degfOfReplicateDesign(design: ReplicateDesign): number {
  return replicateDegf(design.replicates, design.weights, design.subset);
}
