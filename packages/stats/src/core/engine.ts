// One entry point for both variance engines: estimate and covariance of a SmoothStatistic on any design.
import { replicateVariance } from '../replicate/variance.ts';
import { taylorVariance } from '../variance/taylor-variance.ts';
import { influenceScores, weightedTotals } from './statistic.ts';
import type { Design, SmoothStatistic, TaylorDesign, VarianceResult } from './types.ts';

/**
 * Taylor engine: θ̂ = g(T̂), weighted influence values s_ij = w_i Σ_k ∂g_j/∂T_k u_ik, and
 * var(θ̂) = design variance of Σ_i s_i (taylorVariance). `present` marks rows R would keep
 * after cutting a subset/domain/NA rows (for lonely-PSU counting only).
 */
export function estimateTaylor(
  design: TaylorDesign,
  stat: SmoothStatistic,
  present: Uint8Array | null = null,
): VarianceResult {
  const totals = weightedTotals(stat, design.weights);
  const estimate = stat.evaluate(totals);
  const scores = influenceScores(stat, design.weights, totals);
  const vcov = taylorVariance(design, scores, present);
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
