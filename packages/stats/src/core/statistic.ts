// Helpers over a SmoothStatistic shared by the Taylor and the replicate variance engines.
import type { SmoothStatistic } from './types.ts';

/** T_k = Σ_i w_i u_ik for one weight vector (full sample or one replicate in matrix form). */
export function weightedTotals(stat: SmoothStatistic, weights: Float64Array): Float64Array {
  const K = stat.nTotals;
  const n = weights.length;
  const out = new Float64Array(K);
  if (K === 2) {
    const u0 = stat.contributions[0];
    const u1 = stat.contributions[1];
    let s0 = 0;
    let s1 = 0;
    for (let i = 0; i < n; i++) {
      const wi = weights[i];
      s0 += wi * u0[i];
      s1 += wi * u1[i];
    }
    out[0] = s0;
    out[1] = s1;
    return out;
  }
  for (let k = 0; k < K; k++) {
    const u = stat.contributions[k];
    let s = 0;
    for (let i = 0; i < n; i++) s += weights[i] * u[i];
    out[k] = s;
  }
  return out;
}

/**
 * Weighted contributions summed within groups (e.g. PSUs): A[g·K + k] = Σ_{i in g} w_i u_ik.
 * Replicate totals in psu-factor form are then T^(r)_k = Σ_g factor_rg A[g·K + k].
 */
export function aggregateContributions(
  stat: SmoothStatistic,
  weights: Float64Array,
  group: Int32Array,
  nGroups: number,
): Float64Array {
  const K = stat.nTotals;
  const n = weights.length;
  const out = new Float64Array(nGroups * K);
  if (K === 2) {
    const u0 = stat.contributions[0];
    const u1 = stat.contributions[1];
    for (let i = 0; i < n; i++) {
      const wi = weights[i];
      const g = group[i] * 2;
      out[g] += wi * u0[i];
      out[g + 1] += wi * u1[i];
    }
    return out;
  }
  for (let k = 0; k < K; k++) {
    const u = stat.contributions[k];
    for (let i = 0; i < n; i++) {
      const ui = u[i];
      if (ui !== 0) out[group[i] * K + k] += weights[i] * ui;
    }
  }
  return out;
}

/**
 * Weighted influence values s_ij = w_i z_ij with z_ij = Σ_k J_jk u_ik, J = ∂g/∂T at T̂.
 * Σ_i s_ij is the linearised estimator of θ_j − θ̂_j; its design variance is var(θ̂_j).
 */
export function influenceScores(
  stat: SmoothStatistic,
  weights: Float64Array,
  totals: Float64Array = weightedTotals(stat, weights),
): Float64Array[] {
  const K = stat.nTotals;
  const p = stat.names.length;
  const J = stat.jacobian(totals);
  const n = weights.length;
  const out: Float64Array[] = [];
  for (let j = 0; j < p; j++) {
    const s = new Float64Array(n);
    if (K === 2) {
      // fused single pass for the common two-total statistics (mean, ratio)
      const c0 = J[j * K];
      const c1 = J[j * K + 1];
      const u0 = stat.contributions[0];
      const u1 = stat.contributions[1];
      for (let i = 0; i < n; i++) s[i] = weights[i] * (c0 * u0[i] + c1 * u1[i]);
      out.push(s);
      continue;
    }
    for (let k = 0; k < K; k++) {
      const c = J[j * K + k];
      if (c === 0) continue;
      const u = stat.contributions[k];
      for (let i = 0; i < n; i++) s[i] += c * u[i];
    }
    for (let i = 0; i < n; i++) s[i] *= weights[i];
    out.push(s);
  }
  return out;
}
