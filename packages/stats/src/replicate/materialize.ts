// Analysis replicate weights as an explicit R·n matrix (needed when calibration makes them row-specific).
import type { ReplicateDesign } from '../core/types.ts';

/**
 * weights(design, "analysis") of R: replicate r of row i at [r·n + i]. For PSU factors this is
 * w_i · f[r, psu(i)] (· c[r, cell(i)] after post-stratification); rows outside a subset are 0. The result is a fresh array the caller may modify.
 */
export function analysisWeightMatrix(design: ReplicateDesign): Float64Array {
  const reps = design.replicates;
  const n = design.nrow;
  if (reps.kind === 'matrix') {
    const out = Float64Array.from(reps.values);
    const s = design.subset;
    if (s !== null)
      for (let r = 0; r < reps.nrep; r++) for (let i = 0; i < n; i++) if (s[i] === 0) out[r * n + i] = 0;
    return out;
  }
  const { nrep, nPsu, psu, factors, cells } = reps;
  const out = new Float64Array(nrep * n);
  const w = design.weights;
  for (let r = 0; r < nrep; r++) {
    const fo = r * nPsu;
    const o = r * n;
    for (let i = 0; i < n; i++) out[o + i] = w[i] * factors[fo + psu[i]];
    if (cells !== undefined) {
      const co = r * cells.nCells;
      for (let i = 0; i < n; i++) out[o + i] *= cells.factors[co + cells.cell[i]];
    }
  }
  return out;
}
