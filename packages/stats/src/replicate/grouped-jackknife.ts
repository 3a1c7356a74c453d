// JK1 replicate design whose "PSUs" are the values of a grouping column (a grouped jackknife).

import { StatsError } from '../core/errors.ts';
import type { Frame, ReplicateDesign } from '../core/types.ts';
import { getColumn, numericColumn } from '../core/types.ts';
import { designFromPsuFactors } from './as-replicate.ts';
import { jk1Factors } from './jackknife.ts';
import { psuIndexFromColumn } from './psu-index.ts';

/** Options of groupedJackknife. */
export interface GroupedJackknifeSpec {
  /** Sampling weight column. */
  weights: string;
  /** Column whose values are the jackknife groups. */
  groups: string;
  mse?: boolean;
}

/**
 * JK1 on groups, as R's as.svrepdesign(svydesign(id = ~group, weights = ~w), type = "JK1"):
 * replicate r zeroes the rows of group r and multiplies the others by G/(G − 1);
 * variance = (G − 1)/G · Σ_r (θ_r − θ̄)². Stored as G × G factors and a row → group index.
 */
export function groupedJackknife(frame: Frame, spec: GroupedJackknifeSpec): ReplicateDesign {
  const w = numericColumn(frame, spec.weights);
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    if (!(v >= 0)) {
      throw new StatsError(
        Number.isNaN(v) ? 'MISSING_WEIGHT' : 'NEGATIVE_WEIGHT',
        `weight '${spec.weights}' is ${Number.isNaN(v) ? 'missing' : 'negative'} in row ${i + 1}`,
        { row: i + 1 },
      );
    }
  }
  const index = psuIndexFromColumn(getColumn(frame, spec.groups), spec.groups);
  const f = jk1Factors(index.nPsu, null);
  return designFromPsuFactors(frame, w, null, index, f, 'JK1', spec.mse ?? false);
}
