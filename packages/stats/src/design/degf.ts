// Degrees of freedom of a design (R's degf()): #PSUs − #strata among rows with a non-zero weight.
import type { Design, TaylorDesign } from '../core/types.ts';

/**
 * Taylor designs: the number of distinct PSUs minus the number of distinct first-stage strata among
 * rows whose weight is non-zero (R: degf.survey.design2), optionally within a row mask.
 */
export function computeDegf(design: TaylorDesign, mask: Uint8Array | null = null): number {
  const stage = design.stages[0];
  const w = design.weights;
  const cl = stage.cluster;
  const seenC = new Uint8Array(stage.nClusters);
  const n = design.nrow;
  if (mask === null) {
    for (let i = 0; i < n; i++) if (w[i] !== 0) seenC[cl[i]] = 1;
  } else {
    for (let i = 0; i < n; i++) if (mask[i] !== 0 && w[i] !== 0) seenC[cl[i]] = 1;
  }
  const seenS = new Uint8Array(stage.nStrata);
  const cs = stage.clusterStratum;
  let nc = 0;
  let ns = 0;
  for (let c = 0; c < stage.nClusters; c++) {
    if (seenC[c] === 0) continue;
    nc++;
    if (seenS[cs[c]] === 0) {
      seenS[cs[c]] = 1;
      ns++;
    }
  }
  return nc - ns;
}

/** R's degf(design): Taylor as above; replicate designs report their stored df. */
export function degf(design: Design): number {
  return design.kind === 'taylor' ? design.degf : design.df;
}
