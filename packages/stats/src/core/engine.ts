// One entry point for both variance engines: estimate and covariance of a SmoothStatistic on any design.
import { replicateVariance } from '../replicate/variance.ts';
import {
  clusterPresence,
  clusterTaylorVariance,
  deepestStage,
  taylorVariance,
} from '../variance/taylor-variance.ts';
import { aggregateContributions, influenceScores, weightedTotals } from './statistic.ts';
import type { Design, SmoothStatistic, TaylorDesign, VarianceResult } from './types.ts';

/**
 * Taylor engine: θ̂ = g(T̂), weighted influence values s_ij = w_i Σ_k ∂g_j/∂T_k u_ik, and
 * var(θ̂) = design variance of Σ_i s_i (taylorVariance). `present` marks rows R would keep
 * after cutting a subset/domain/NA rows (for lonely-PSU counting only).
 *
 * Uncalibrated designs take a shortcut with the same result: the influence values are linear in the
 * contributions, so their cluster totals are Σ_k J_jk A_ck with A_ck = Σ_{i∈c} w_i u_ik; one
 * aggregation pass per total replaces the per-row influence values and the variance runs over
 * clusters. Calibrated designs need the row-level values (calibration residuals cut across clusters).
 */
export function estimateTaylor(
  design: TaylorDesign,
  stat: SmoothStatistic,
  present: Uint8Array | null = null,
): VarianceResult {
  if (design.calibrations.length === 0) return estimateByClusters(design, stat, present);
  const totals = weightedTotals(stat, design.weights);
  const estimate = stat.evaluate(totals);
  const scores = influenceScores(stat, design.weights, totals);
  const vcov = taylorVariance(design, scores, present);
  return { names: stat.names, estimate, vcov };
}

function estimateByClusters(
  design: TaylorDesign,
  stat: SmoothStatistic,
  present: Uint8Array | null,
): VarianceResult {
  const stage = design.stages[deepestStage(design)];
  const nC = stage.nClusters;
  const K = stat.nTotals;
  const A = aggregateContributions(stat, design.weights, stage.cluster, nC);
  const totals = new Float64Array(K);
  for (let c = 0; c < nC; c++) for (let k = 0; k < K; k++) totals[k] += A[c * K + k];
  const estimate = stat.evaluate(totals);
  const p = estimate.length;
  const J = stat.jacobian(totals);
  const tot = new Float64Array(nC * p);
  for (let c = 0; c < nC; c++) {
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) {
        const jk = J[j * K + k];
        if (jk !== 0) s += jk * A[c * K + k];
      }
      tot[c * p + j] = s;
    }
  }
  const vcov = clusterTaylorVariance(design, tot, p, clusterPresence(design, present));
  return { names: stat.names, estimate, vcov };
}

/** Estimate and covariance of a statistic on a Taylor or a replicate design. */
export function estimateStatistic(
  design: Design,
  stat: SmoothStatistic,
  present: Uint8Array | null = null,
): VarianceResult {
  if (design.kind === 'taylor') return estimateTaylor(design, stat, present);
  return replicateVariance(design, stat);
}
