// Degrees of freedom of a replicate design: rank of the analysis replicate weights − 1 (R's degf).
import { qrDecompose } from '../calibrate/householder-qr.ts';
import type { ReplicateDesign, ReplicateWeights } from '../core/types.ts';
import { groupFactor, psuCellGroups } from './psu-cell-pairs.ts';

/**
 * R's degf.svyrep.design: qr(weights(design, "analysis"), tol = 1e-5)$rank − 1, over the rows of the
 * (sub)design. For PSU factors the n × R matrix is never built: its columns have the Gram matrix of
 * B = diag(s_g) F_g with s_g² = Σ_{i∈g} w_i² over (PSU, cell) groups g and F_g their replicate
 * multipliers, so the same pivoted QR runs on the nGroups × R matrix B.
 */
export function replicateDegf(
  replicates: ReplicateWeights,
  weights: Float64Array,
  subset: Uint8Array | null,
): number {
  const R = replicates.nrep;
  if (R === 0) return 0;
  if (replicates.kind === 'psu-factors') {
    const groups = psuCellGroups(replicates);
    const ss = new Float64Array(groups.nGroups);
    for (let i = 0; i < weights.length; i++) {
      if (subset !== null && subset[i] === 0) continue;
      ss[groups.group[i]] += weights[i] * weights[i];
    }
    const rows: number[] = [];
    for (let g = 0; g < groups.nGroups; g++) if (ss[g] > 0) rows.push(g);
    const m = rows.length;
    if (m === 0) return -1;
    const b = new Float64Array(m * R);
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < m; k++)
        b[r * m + k] = Math.sqrt(ss[rows[k]]) * groupFactor(replicates, groups, r, rows[k]);
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
