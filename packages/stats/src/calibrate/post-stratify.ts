// Post-stratification of a Taylor or replicate design (R's postStratify).
import { StatsError } from '../core/errors.ts';
import type { Design, ReplicateDesign, TaylorDesign } from '../core/types.ts';
import { replicateDegf } from '../replicate/degf.ts';
import { analysisWeightMatrix } from '../replicate/materialize.ts';
import { type CodedMargin, codeMargin, type Margin } from './margins.ts';
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

/**
 * Post-stratifies every replicate in place (R's postStratify.svyrep.design): replicate r's analysis
 * weights in cell g are multiplied by N_g / Σ_{j∈g} w_j^(r), so each replicate reproduces the counts.
 */
export function postStratifyReplicates(values: Float64Array, nrep: number, n: number, m: CodedMargin): void {
  const total = new Float64Array(m.nCells);
  for (let r = 0; r < nrep; r++) {
    const o = r * n;
    total.fill(0);
    for (let i = 0; i < n; i++) if (m.cell[i] >= 0) total[m.cell[i]] += values[o + i];
    for (let g = 0; g < m.nCells; g++) {
      if (total[g] === 0 && m.population[g] > 0) {
        throw new StatsError('EMPTY_POSTSTRATUM', `replicate ${r + 1} has no sample weight in ${m.cellLabels[g]}, so it cannot be post-stratified`, {
          replicate: r + 1,
          cell: m.cellLabels[g],
        });
      }
    }
    for (let i = 0; i < n; i++) {
      const g = m.cell[i];
      if (g >= 0 && total[g] !== 0) values[o + i] *= m.population[g] / total[g];
    }
  }
}

function postStratifyTaylor(design: TaylorDesign, m: CodedMargin): TaylorDesign {
  const weights = postStratifyWeights(design.weights, m);
  const step = postStratifyStep(m.cell, m.nCells, design.weights, weights);
  return { ...design, weights, calibrations: [...design.calibrations, step] };
}

function postStratifyReplicate(design: ReplicateDesign, m: CodedMargin): ReplicateDesign {
  const weights = postStratifyWeights(design.weights, m);
  const values = analysisWeightMatrix(design);
  const R = design.replicates.nrep;
  postStratifyReplicates(values, R, design.nrow, m);
  const replicates = { kind: 'matrix' as const, nrep: R, values };
  return { ...design, weights, replicates, df: replicateDegf(replicates, weights, design.subset) };
}

/**
 * R's postStratify(design, strata, population): weights in post-stratum g are multiplied by
 * N_g / N̂_g. Taylor designs record the step so variances use the residuals of the influence values
 * from their post-stratum means (svyrecvar); replicate designs post-stratify every replicate.
 */
export function postStratify<D extends Design>(design: D, population: Margin, options: PostStratifyOptions = {}): D {
  const m = codeMargin(design.frame, population, design.weights, options.partial ?? false);
  if (design.kind === 'taylor') return postStratifyTaylor(design, m) as D;
  return postStratifyReplicate(design as ReplicateDesign, m) as D;
}
