// Grouping rows by (PSU, calibration cell) for PSU-factor designs that were post-stratified or raked.
import { combineCodes } from '../core/factor.ts';
import type { ReplicateWeights } from '../core/types.ts';

type PsuFactors = Extract<ReplicateWeights, { kind: 'psu-factors' }>;

/**
 * The (PSU, cell) groups that occur: replicate r of row i has weight w_i · f[r, psu] · c[r, cell], the
 * same multiplier for every row of a group, so sums over rows can be taken per group first.
 * Without cells the groups are the PSUs.
 */
export interface PsuCellGroups {
  /** Group of each row. */
  group: Int32Array;
  nGroups: number;
  groupPsu: Int32Array;
  /** Cell of each group (0 when the design has no cells). */
  groupCell: Int32Array;
}

export function psuCellGroups(reps: PsuFactors): PsuCellGroups {
  if (reps.cells === undefined) {
    const groupPsu = new Int32Array(reps.nPsu);
    for (let p = 0; p < reps.nPsu; p++) groupPsu[p] = p;
    return { group: reps.psu, nGroups: reps.nPsu, groupPsu, groupCell: new Int32Array(reps.nPsu) };
  }
  const { cell, nCells } = reps.cells;
  const c = combineCodes(reps.psu, reps.nPsu, cell, nCells);
  const groupPsu = new Int32Array(c.nLevels);
  const groupCell = new Int32Array(c.nLevels);
  for (let g = 0; g < c.nLevels; g++) {
    groupPsu[g] = reps.psu[c.firstRow[g]];
    groupCell[g] = cell[c.firstRow[g]];
  }
  return { group: c.codes, nGroups: c.nLevels, groupPsu, groupCell };
}

/** Replicate multiplier of a group: f[r, psu] · c[r, cell] (c = 1 without cells). */
export function groupFactor(reps: PsuFactors, groups: PsuCellGroups, r: number, g: number): number {
  const f = reps.factors[r * reps.nPsu + groups.groupPsu[g]];
  return reps.cells === undefined ? f : f * reps.cells.factors[r * reps.cells.nCells + groups.groupCell[g]];
}
