// Replicate-weight variance of any smooth statistic (R's svymean/svytotal/svyratio.svyrep.design).
import { weightedTotals } from '../core/statistic.ts';
import type { ReplicateDesign, SmoothStatistic, VarianceResult } from '../core/types.ts';
import { svrVar } from './svr-var.ts';

/**
 * Full-sample totals T_k = Σ_i w_i u_ik and, for PSU factors, the same sums per PSU A_pk, in one pass
 * per contribution (the full totals are summed in row order, as weightedTotals does).
 */
function totalsAndPsuSums(design: ReplicateDesign, stat: SmoothStatistic): { full: Float64Array; agg: Float64Array | null } {
  const reps = design.replicates;
  if (reps.kind !== 'psu-factors') return { full: weightedTotals(stat, design.weights), agg: null };
  const K = stat.nTotals;
  const n = design.nrow;
  const w = design.weights;
  const psu = reps.psu;
  const full = new Float64Array(K);
  const agg = new Float64Array(reps.nPsu * K);
  for (let k = 0; k < K; k++) {
    const u = stat.contributions[k];
    let s = 0;
    for (let i = 0; i < n; i++) {
      const ui = u[i];
      if (ui !== 0) {
        const v = w[i] * ui;
        s += v;
        agg[psu[i] * K + k] += v;
      }
    }
    full[k] = s;
  }
  return { full, agg };
}

/**
 * Replicate totals T^(r)_k = Σ_i w_i^(r) u_ik, row-major R × K. For PSU factors the weighted
 * contributions summed per PSU (`agg`, nPsu × K) give T^(r)_k = Σ_p f_rp A_pk, so the cost is
 * O(n·K + R·nPsu·K) and no n × R matrix exists.
 */
export function replicateTotals(design: ReplicateDesign, stat: SmoothStatistic, agg?: Float64Array | null): Float64Array {
  const reps = design.replicates;
  const K = stat.nTotals;
  const R = reps.nrep;
  const out = new Float64Array(R * K);
  if (reps.kind === 'psu-factors') {
    const { nPsu, factors } = reps;
    const a = agg ?? totalsAndPsuSums(design, stat).agg!;
    for (let r = 0; r < R; r++) {
      const fo = r * nPsu;
      for (let p = 0; p < nPsu; p++) {
        const f = factors[fo + p];
        if (f === 0) continue;
        const ao = p * K;
        for (let k = 0; k < K; k++) out[r * K + k] += f * a[ao + k];
      }
    }
    return out;
  }
  const n = design.nrow;
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

/**
 * Variance of θ = g(T) from replicate weights:
 * V = scale · Σ_r rscales_r (θ_r − θ̄)(θ_r − θ̄)ᵀ with θ_r = g(T^(r)) and θ̄ the mean of the replicates,
 * or θ̂ when design.mse (R: svrVar(..., mse = design$mse, coef = θ̂)).
 */
export function replicateVariance(design: ReplicateDesign, stat: SmoothStatistic): VarianceResult {
  const { full, agg } = totalsAndPsuSums(design, stat);
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
