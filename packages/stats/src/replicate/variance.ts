// Replicate-weight variance of any smooth statistic (R's svymean/svytotal/svyratio.svyrep.design).
import { weightedTotals } from '../core/statistic.ts';
import type { ReplicateDesign, SmoothStatistic, VarianceResult } from '../core/types.ts';
import { fillReplicateRows } from './columns.ts';
import { groupFactor, type PsuCellGroups, psuCellGroups } from './psu-cell-pairs.ts';
import { svrVar } from './svr-var.ts';

/**
 * Full-sample totals T_k = Σ_i w_i u_ik and, for PSU factors, the same sums per (PSU, cell) group
 * A_gk, in one pass per contribution (the full totals are summed in row order, as weightedTotals).
 */
function totalsAndGroupSums(
  design: ReplicateDesign,
  stat: SmoothStatistic,
): { full: Float64Array; agg: GroupSums | null } {
  const reps = design.replicates;
  if (reps.kind !== 'psu-factors') return { full: weightedTotals(stat, design.weights), agg: null };
  const groups = psuCellGroups(reps);
  const K = stat.nTotals;
  const n = design.nrow;
  const w = design.weights;
  const group = groups.group;
  const full = new Float64Array(K);
  const sums = new Float64Array(groups.nGroups * K);
  for (let k = 0; k < K; k++) {
    const u = stat.contributions[k];
    let s = 0;
    for (let i = 0; i < n; i++) {
      const ui = u[i];
      if (ui !== 0) {
        const v = w[i] * ui;
        s += v;
        sums[group[i] * K + k] += v;
      }
    }
    full[k] = s;
  }
  return { full, agg: { groups, sums } };
}

/** Weighted contributions summed per (PSU, cell) group, nGroups × K. */
interface GroupSums {
  groups: PsuCellGroups;
  sums: Float64Array;
}

/**
 * Replicate totals T^(r)_k = Σ_i w_i^(r) u_ik, row-major R × K. For PSU factors the weighted
 * contributions summed per group give T^(r)_k = Σ_g f[r, psu_g] c[r, cell_g] A_gk, so the cost is
 * O(n·K + R·nGroups·K) and no n × R matrix exists; calibrated weights are made one replicate at a time.
 */
export function replicateTotals(
  design: ReplicateDesign,
  stat: SmoothStatistic,
  agg?: GroupSums | null,
): Float64Array {
  const reps = design.replicates;
  const K = stat.nTotals;
  const R = reps.nrep;
  const out = new Float64Array(R * K);
  if (reps.kind === 'psu-factors') {
    const { groups, sums } = agg ?? (totalsAndGroupSums(design, stat).agg as GroupSums);
    const G = groups.nGroups;
    const mult = new Float64Array(G);
    for (let r = 0; r < R; r++) {
      if (reps.cells === undefined) {
        mult.set(reps.factors.subarray(r * reps.nPsu, (r + 1) * reps.nPsu));
      } else {
        for (let g = 0; g < G; g++) mult[g] = groupFactor(reps, groups, r, g);
      }
      for (let g = 0; g < G; g++) {
        const f = mult[g];
        if (f === 0) continue;
        const ao = g * K;
        for (let k = 0; k < K; k++) out[r * K + k] += f * sums[ao + k];
      }
    }
    return out;
  }
  const n = design.nrow;
  if (reps.kind === 'calibrated') {
    // one replicate at a time, over the rows that contribute (a domain's rows): no n·R matrix
    const rows = contributingRows(stat, n);
    const column = new Float64Array(rows.length);
    for (let r = 0; r < R; r++) {
      fillReplicateRows(reps, design.weights, r, rows, column);
      for (let k = 0; k < K; k++) {
        const u = stat.contributions[k];
        let s = 0;
        for (let j = 0; j < rows.length; j++) s += column[j] * u[rows[j]];
        out[r * K + k] = s;
      }
    }
    return out;
  }
  const values = reps.values;
  for (let k = 0; k < K; k++) {
    const u = stat.contributions[k];
    for (let r = 0; r < R; r++) {
      const wo = r * n;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const ui = u[i];
        if (ui !== 0) s += values[wo + i] * ui;
      }
      out[r * K + k] = s;
    }
  }
  return out;
}

/** Rows where some contribution is non-zero, in order. */
function contributingRows(stat: SmoothStatistic, n: number): Int32Array {
  const on = new Uint8Array(n);
  for (const u of stat.contributions) for (let i = 0; i < n; i++) if (u[i] !== 0) on[i] = 1;
  let m = 0;
  for (let i = 0; i < n; i++) m += on[i];
  const rows = new Int32Array(m);
  for (let i = 0, k = 0; i < n; i++) if (on[i] === 1) rows[k++] = i;
  return rows;
}

/**
 * Variance of θ = g(T) from replicate weights:
 * V = scale · Σ_r rscales_r (θ_r − θ̄)(θ_r − θ̄)ᵀ with θ_r = g(T^(r)) and θ̄ the mean of the replicates,
 * or θ̂ when design.mse (R: svrVar(..., mse = design$mse, coef = θ̂)).
 */
export function replicateVariance(design: ReplicateDesign, stat: SmoothStatistic): VarianceResult {
  const { full, agg } = totalsAndGroupSums(design, stat);
  const estimate = stat.evaluate(full);
  const p = estimate.length;
  const K = stat.nTotals;
  const R = design.replicates.nrep;
  const totals = replicateTotals(design, stat, agg);
  const thetas = new Float64Array(R * p);
  for (let r = 0; r < R; r++) {
    const theta = stat.evaluate(totals.subarray(r * K, (r + 1) * K));
    for (let j = 0; j < p; j++) thetas[r * p + j] = theta[j];
  }
  const vcov = svrVar(thetas, R, p, design.scale, design.rscales, design.mse, estimate);
  return { names: stat.names, estimate, vcov, replicates: thetas };
}
