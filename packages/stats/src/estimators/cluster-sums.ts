// One pass over the rows: weighted sums per cluster for means and totals on uncalibrated Taylor designs.
import type { TaylorDesign } from '../core/types.ts';
import { deepestStage } from '../variance/taylor-variance.ts';
import { checkMask } from './variables.ts';

export interface ClusterSums {
  /** A[c·(p+1) + j] = Σ_{i∈c, in use} w_i x_ij; A[c·(p+1) + p] = Σ_{i∈c, in use} w_i. */
  A: Float64Array;
  p: number;
  nClusters: number;
  /** Clusters (of the deepest used stage) with a row in use: R's rows after cutting. */
  present: Uint8Array;
  /** R's degf of the design restricted to the domain (rows with non-zero weight, NA rows kept). */
  degf: number;
}

/**
 * The rows in use are those in the subset and the domain, without a missing value when naRm
 * (a present NaN makes the sums NaN, as R returns NA). Equivalent to building the contributions
 * [x·1_in, 1_in] and aggregating them, without the n-length arrays: the hot path of svymean/svytotal.
 */
export function clusterSums(
  design: TaylorDesign,
  values: Float64Array[],
  domain: Uint8Array | null | undefined,
  naRm: boolean,
): ClusterSums {
  const dom = checkMask(design, domain);
  const level = deepestStage(design);
  const stage = design.stages[level];
  const nC = stage.nClusters;
  const cl = stage.cluster;
  const p = values.length;
  const K = p + 1;
  const A = new Float64Array(nC * K);
  const present = new Uint8Array(nC);
  const weighted = new Uint8Array(nC);
  const w = design.weights;
  const sub = design.subset;
  const n = design.nrow;
  if (p === 1 && sub === null && dom === null) {
    const x = values[0];
    for (let i = 0; i < n; i++) {
      const wi = w[i];
      const xi = x[i];
      const c = cl[i];
      if (wi !== 0) weighted[c] = 1;
      if (naRm && Number.isNaN(xi)) continue;
      present[c] = 1;
      A[c * 2] += wi * xi;
      A[c * 2 + 1] += wi;
    }
  } else if (p === 1) {
    const x = values[0];
    for (let i = 0; i < n; i++) {
      if ((sub !== null && sub[i] === 0) || (dom !== null && dom[i] === 0)) continue;
      const wi = w[i];
      const xi = x[i];
      const c = cl[i];
      if (wi !== 0) weighted[c] = 1;
      if (naRm && Number.isNaN(xi)) continue;
      present[c] = 1;
      A[c * 2] += wi * xi;
      A[c * 2 + 1] += wi;
    }
  } else {
    for (let i = 0; i < n; i++) {
      if ((sub !== null && sub[i] === 0) || (dom !== null && dom[i] === 0)) continue;
      const wi = w[i];
      const c = cl[i];
      if (wi !== 0) weighted[c] = 1;
      if (naRm) {
        let na = false;
        for (let j = 0; j < p; j++) if (Number.isNaN(values[j][i])) na = true;
        if (na) continue;
      }
      present[c] = 1;
      const base = c * K;
      for (let j = 0; j < p; j++) A[base + j] += wi * values[j][i];
      A[base + p] += wi;
    }
  }
  return { A, p, nClusters: nC, present, degf: degfFromClusters(design, level, weighted) };
}

// #PSUs − #first-stage strata among PSUs containing a flagged cluster of stage `level`.
function degfFromClusters(design: TaylorDesign, level: number, flagged: Uint8Array): number {
  let flags = flagged;
  for (let k = level; k > 0; k--) {
    const stage = design.stages[k];
    const up = new Uint8Array(design.stages[k - 1].nClusters);
    const parents = stage.clusterParent;
    if (parents === undefined) return Number.NaN;
    for (let c = 0; c < flags.length; c++) if (flags[c] !== 0) up[parents[c]] = 1;
    flags = up;
  }
  const s0 = design.stages[0];
  const seenS = new Uint8Array(s0.nStrata);
  let nc = 0;
  let ns = 0;
  for (let c = 0; c < s0.nClusters; c++) {
    if (flags[c] === 0) continue;
    nc++;
    const h = s0.clusterStratum[c];
    if (seenS[h] === 0) {
      seenS[h] = 1;
      ns++;
    }
  }
  return nc - ns;
}
