// One replicate's analysis weights at a time, from any storage form (matrix, PSU factors, calibrated).
import { calibrationFunction } from '../core/calfun.ts';
import type { ReplicateWeights } from '../core/types.ts';

/**
 * Writes replicate r's analysis weights of rows [from, to) into out[from..to): the stored column of a
 * matrix; w_i · f[r, psu_i] (· c[r, cell_i]) for PSU factors, with w the full-sample weights they are
 * relative to; for calibrated weights the base replicate's weight times g_r(x_i). Rows outside a subset
 * are not zeroed here (callers mask them or have zero contributions there).
 */
export function fillReplicate(
  reps: ReplicateWeights,
  weights: Float64Array,
  r: number,
  out: Float64Array,
  from = 0,
  to = weights.length,
): void {
  if (reps.kind === 'matrix') {
    const n = weights.length;
    out.set(reps.values.subarray(r * n + from, r * n + to), from);
    return;
  }
  if (reps.kind === 'psu-factors') {
    const { nPsu, psu, factors, cells } = reps;
    const fo = r * nPsu;
    for (let i = from; i < to; i++) out[i] = weights[i] * factors[fo + psu[i]];
    if (cells !== undefined) {
      const co = r * cells.nCells;
      for (let i = from; i < to; i++) out[i] *= cells.factors[co + cells.cell[i]];
    }
    return;
  }
  fillReplicate(reps.base, reps.baseWeights, r, out, from, to);
  const { x, p, eta, scale } = reps;
  const n = weights.length;
  const { fm1 } = calibrationFunction(reps.calfun, reps.bounds);
  const eo = r * p;
  const sc = scale[r];
  for (let i = from; i < to; i++) {
    let u = 0;
    for (let k = 0; k < p; k++) u += x[k * n + i] * eta[eo + k];
    out[i] *= (1 + fm1(u)) * sc;
  }
}

/**
 * fillReplicate for the listed rows only: out[k] = replicate r's analysis weight of row rows[k] (a domain's
 * totals need only the rows that contribute).
 */
export function fillReplicateRows(
  reps: ReplicateWeights,
  weights: Float64Array,
  r: number,
  rows: Int32Array,
  out: Float64Array,
): void {
  const n = weights.length;
  const m = rows.length;
  if (reps.kind === 'matrix') {
    const o = r * n;
    for (let k = 0; k < m; k++) out[k] = reps.values[o + rows[k]];
    return;
  }
  if (reps.kind === 'psu-factors') {
    const { nPsu, psu, factors, cells } = reps;
    const fo = r * nPsu;
    for (let k = 0; k < m; k++) out[k] = weights[rows[k]] * factors[fo + psu[rows[k]]];
    if (cells !== undefined) {
      const co = r * cells.nCells;
      for (let k = 0; k < m; k++) out[k] *= cells.factors[co + cells.cell[rows[k]]];
    }
    return;
  }
  fillReplicateRows(reps.base, reps.baseWeights, r, rows, out);
  const { x, p, eta, scale } = reps;
  const { fm1 } = calibrationFunction(reps.calfun, reps.bounds);
  const eo = r * p;
  const sc = scale[r];
  for (let k = 0; k < m; k++) {
    const i = rows[k];
    let u = 0;
    for (let j = 0; j < p; j++) u += x[j * n + i] * eta[eo + j];
    out[k] *= (1 + fm1(u)) * sc;
  }
}
