// Analysis replicate weights as an explicit R·n matrix (for the raking and calibration steps that rewrite them).
import type { ReplicateDesign } from '../core/types.ts';
import { fillReplicate } from './columns.ts';

/**
 * weights(design, "analysis") of R: replicate r of row i at [r·n + i] (see fillReplicate for each storage
 * form); rows outside a subset are 0. The result is a fresh array the caller may modify.
 */
export function analysisWeightMatrix(design: ReplicateDesign): Float64Array {
  const reps = design.replicates;
  const n = design.nrow;
  const out = new Float64Array(reps.nrep * n);
  for (let r = 0; r < reps.nrep; r++)
    fillReplicate(reps, design.weights, r, out.subarray(r * n, (r + 1) * n));
  const s = design.subset;
  if (s !== null)
    for (let r = 0; r < reps.nrep; r++) for (let i = 0; i < n; i++) if (s[i] === 0) out[r * n + i] = 0;
  return out;
}
