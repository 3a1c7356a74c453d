// Post-stratification of a Taylor or replicate design (R's postStratify).
import type { Design, ReplicateDesign, TaylorDesign } from '../core/types.ts';
import { replicateDegf } from '../replicate/degf.ts';
import { type CodedMargin, codeMargin, type Margin } from './margins.ts';
import { replicateRaker } from './replicate-raker.ts';
import { postStratifyStep } from './steps.ts';

/** Options of postStratify. */
export interface PostStratifyOptions {
  /** Ignore population cells that have no sample (R's partial = TRUE); default false (error). */
  partial?: boolean;
}

/** w_i ← w_i · N_g / Σ_{j∈g} w_j for the cell g of each row (rows outside every cell keep their weight). */
export function postStratifyWeights(weights: Float64Array, m: CodedMargin): Float64Array {
  const total = new Float64Array(m.nCells);
  const n = weights.length;
  for (let i = 0; i < n; i++) if (m.cell[i] >= 0) total[m.cell[i]] += weights[i];
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const g = m.cell[i];
    out[i] = g < 0 || total[g] === 0 ? weights[i] : weights[i] * (m.population[g] / total[g]);
  }
  return out;
}

function postStratifyTaylor(design: TaylorDesign, m: CodedMargin): TaylorDesign {
  const weights = postStratifyWeights(design.weights, m);
  const step = postStratifyStep(m.cell, m.nCells, design.weights, weights);
  return { ...design, weights, calibrations: [...design.calibrations, step] };
}

function postStratifyReplicate(design: ReplicateDesign, m: CodedMargin): ReplicateDesign {
  const weights = postStratifyWeights(design.weights, m);
  const raker = replicateRaker(design, [m]);
  raker.apply(m);
  const replicates = raker.result(weights);
  return { ...design, weights, replicates, df: replicateDegf(replicates, weights, design.subset) };
}

/**
 * R's postStratify(design, strata, population): weights in post-stratum g are multiplied by
 * N_g / N̂_g. Taylor designs record the step so variances use the residuals of the influence values
 * from their post-stratum means (svyrecvar); replicate designs post-stratify every replicate.
 */
export function postStratify<D extends Design>(
  design: D,
  population: Margin,
  options: PostStratifyOptions = {},
): D {
  const m = codeMargin(design.frame, population, design.weights, options.partial ?? false);
  if (design.kind === 'taylor') return postStratifyTaylor(design, m) as D;
  return postStratifyReplicate(design as ReplicateDesign, m) as D;
}
