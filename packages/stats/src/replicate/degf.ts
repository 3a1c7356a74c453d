// Degrees of freedom of a replicate design: rank of the analysis replicate weights − 1 (R's degf).
import { qrDecompose } from '../calibrate/householder-qr.ts';
import type { ReplicateDesign, ReplicateWeights } from '../core/types.ts';

type CalibratedWeights = Extract<ReplicateWeights, { kind: 'calibrated' }>;

import { combineCodes } from '../core/factor.ts';
import { fillReplicate } from './columns.ts';
import { groupFactor, psuCellGroups } from './psu-cell-pairs.ts';

/**
 * R's degf.svyrep.design: qr(weights(design, "analysis"), tol = 1e-5)$rank − 1, over the rows of the
 * (sub)design. For PSU factors the n × R matrix is never built: its columns have the Gram matrix of
 * B = diag(s_g) F_g with s_g² = Σ_{i∈g} w_i² over (PSU, cell) groups g and F_g their replicate
 * multipliers, so the same pivoted QR runs on the nGroups × R matrix B. Calibrated weights: see gramRank.
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
  if (replicates.kind === 'calibrated') return gramRank(replicates, weights, subset) - 1;
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

const CHUNK = 2048;

/**
 * Rank of the n × R analysis weights A (rows in the subset) without building A, from the Gram matrix
 * AᵀA (see gramByGroups and gramByChunks), taking columns in order as R's dqrdc2 does: a column counts
 * when its residual norm after the columns already taken, √(G_jj − ‖L⁻¹G_{·j}‖²) by Cholesky, is at
 * least 1e-5 of its own norm √G_jj. That is the residual of the QR on A in exact arithmetic (from the
 * Gram matrix it is accurate to about 1e-8 relative, far finer than the 1e-5 cut).
 */
function gramRank(reps: CalibratedWeights, weights: Float64Array, subset: Uint8Array | null): number {
  const R = reps.nrep;
  const G = gramByGroups(reps, subset) ?? gramByChunks(reps, weights, subset);
  const taken: number[] = [];
  const L: Float64Array[] = [];
  for (let j = 0; j < R; j++) {
    const gjj = G[j * R + j];
    if (!(gjj > 0)) continue;
    const y = new Float64Array(taken.length);
    let ss = 0;
    for (let t = 0; t < taken.length; t++) {
      const a = Math.min(taken[t], j);
      const b = Math.max(taken[t], j);
      let v = G[a * R + b];
      for (let q = 0; q < t; q++) v -= L[t][q] * y[q];
      y[t] = v / L[t][t];
      ss += y[t] * y[t];
    }
    const resid = gjj - ss;
    if (!(resid > 0) || Math.sqrt(resid) < 1e-5 * Math.sqrt(gjj)) continue;
    const row = new Float64Array(taken.length + 1);
    row.set(y);
    row[taken.length] = Math.sqrt(resid);
    L.push(row);
    taken.push(j);
  }
  return taken.length;
}

/** AᵀA (upper triangle, R × R) summed over chunks of rows, each chunk's R columns made by fillReplicate. */
function gramByChunks(
  reps: ReplicateWeights,
  weights: Float64Array,
  subset: Uint8Array | null,
): Float64Array {
  const R = reps.nrep;
  const n = weights.length;
  const G = new Float64Array(R * R);
  const block = new Float64Array(R * CHUNK);
  const col = new Float64Array(n);
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    const m = to - from;
    for (let r = 0; r < R; r++) {
      fillReplicate(reps, weights, r, col, from, to);
      const o = r * CHUNK;
      for (let i = 0; i < m; i++)
        block[o + i] = subset === null || subset[from + i] !== 0 ? col[from + i] : 0;
    }
    for (let a = 0; a < R; a++) {
      const oa = a * CHUNK;
      for (let b = a; b < R; b++) {
        const ob = b * CHUNK;
        let s = 0;
        for (let i = 0; i < m; i++) s += block[oa + i] * block[ob + i];
        G[a * R + b] += s;
      }
    }
  }
  return G;
}

/** Groups of rows with proportional replicate rows, per calibrated weights (each domain's df reuses them). */
const groupCache = new WeakMap<CalibratedWeights, { codes: Int32Array; nCodes: number } | null>();

function proportionalGroups(reps: CalibratedWeights): { codes: Int32Array; nCodes: number } | null {
  const cached = groupCache.get(reps);
  if (cached !== undefined) return cached;
  const base = reps.base;
  let out: { codes: Int32Array; nCodes: number } | null = null;
  if (base.kind === 'psu-factors') {
    const n = reps.baseWeights.length;
    let codes = psuCellGroups(base).group;
    let nCodes = 0;
    for (let i = 0; i < n; i++) nCodes = Math.max(nCodes, codes[i] + 1);
    for (let k = 0; k < reps.p && nCodes <= n / 2; k++) {
      const index = new Map<number, number>();
      const col = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const v = reps.x[k * n + i];
        let c = index.get(v);
        if (c === undefined) {
          c = index.size;
          index.set(v, c);
        }
        col[i] = c;
      }
      const joint = combineCodes(codes, nCodes, col, index.size);
      codes = joint.codes;
      nCodes = joint.nLevels;
    }
    out = nCodes <= n / 2 ? { codes, nCodes } : null;
  }
  groupCache.set(reps, out);
  return out;
}

/**
 * Calibrated PSU-factor weights: rows with the same (PSU, cell) and the same row of the calibration model
 * matrix have proportional replicate rows (base weight × one vector), so AᵀA = Σ_groups (Σ w_i²) a aᵀ with
 * one vector a per group. null when that does not shrink the problem (a numeric calibration variable
 * makes most rows a group of their own) or the base is not PSU factors.
 */
function gramByGroups(reps: CalibratedWeights, subset: Uint8Array | null): Float64Array | null {
  const grouped = proportionalGroups(reps);
  if (grouped === null) return null;
  const { codes, nCodes } = grouped;
  const n = reps.baseWeights.length;
  const bw = reps.baseWeights;
  const ss = new Float64Array(nCodes);
  const rep = new Int32Array(nCodes).fill(-1);
  for (let i = 0; i < n; i++) {
    if (subset !== null && subset[i] === 0) continue;
    const g = codes[i];
    ss[g] += bw[i] * bw[i];
    if (rep[g] < 0 && bw[i] !== 0) rep[g] = i;
  }
  const R = reps.nrep;
  const G = new Float64Array(R * R);
  const a = new Float64Array(R);
  const one = new Float64Array(n);
  for (let g = 0; g < nCodes; g++) {
    const i = rep[g];
    if (i < 0) continue;
    for (let r = 0; r < R; r++) {
      fillReplicate(reps, bw, r, one, i, i + 1);
      a[r] = (one[i] / bw[i]) * Math.sqrt(ss[g]);
    }
    for (let x = 0; x < R; x++) for (let y = x; y < R; y++) G[x * R + y] += a[x] * a[y];
  }
  return G;
}
