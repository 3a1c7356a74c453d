// Post-stratifies every replicate of a replicate design, margin after margin (used by postStratify and rake).
import { StatsError } from '../core/errors.ts';
import { combineCodes } from '../core/factor.ts';
import type { ReplicateDesign, ReplicateWeights } from '../core/types.ts';
import { analysisWeightMatrix } from '../replicate/materialize.ts';
import { psuCellGroups } from '../replicate/psu-cell-pairs.ts';
import type { CodedMargin } from './margins.ts';

/** Replicate weights being calibrated: `apply` post-stratifies all replicates on one margin. */
export interface ReplicateRaker {
  apply(m: CodedMargin): void;
  /** The replicate weights, relative to the design's final full-sample weights `finalWeights`. */
  result(finalWeights: Float64Array): ReplicateWeights;
}

function emptyCell(m: CodedMargin, r: number, g: number): StatsError {
  return new StatsError(
    'EMPTY_POSTSTRATUM',
    `replicate ${r + 1} has no sample weight in ${m.cellLabels[g]}, so it cannot be post-stratified`,
    {
      replicate: r + 1,
      cell: m.cellLabels[g],
    },
  );
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
    for (let g = 0; g < m.nCells; g++) if (total[g] === 0 && m.population[g] > 0) throw emptyCell(m, r, g);
    for (let i = 0; i < n; i++) {
      const g = m.cell[i];
      if (g >= 0 && total[g] !== 0) values[o + i] *= m.population[g] / total[g];
    }
  }
}

/** Explicit n·R analysis weights: any replicate design. */
function matrixRaker(design: ReplicateDesign): ReplicateRaker {
  const values = analysisWeightMatrix(design);
  const R = design.replicates.nrep;
  return {
    apply: (m) => postStratifyReplicates(values, R, design.nrow, m),
    result: () => ({ kind: 'matrix', nrep: R, values }),
  };
}

/**
 * PSU factors stay compact: every row gets the joint cell of its existing cell and all margins, and
 * replicate r of a joint cell j carries one more multiplier c[r, j]. Totals of a replicate in a margin
 * level are sums over (PSU, joint cell) groups of f[r, psu] c[r, j] Σ w, so no n × R matrix is built.
 */
function compactRaker(design: ReplicateDesign, margins: CodedMargin[]): ReplicateRaker {
  const reps = design.replicates;
  if (reps.kind !== 'psu-factors') throw new Error('compactRaker needs PSU factors');
  const n = design.nrow;
  const R = reps.nrep;
  // joint cells: existing cell × margin cells (−1, a row in no cell, is a level of its own)
  let codes: Int32Array = reps.cells?.cell ?? new Int32Array(n);
  let nCodes = reps.cells?.nCells ?? 1;
  let firstRow: Int32Array = new Int32Array(0);
  for (const m of margins) {
    const shifted = new Int32Array(n);
    for (let i = 0; i < n; i++) shifted[i] = m.cell[i] + 1;
    const c = combineCodes(codes, nCodes, shifted, m.nCells + 1);
    codes = c.codes;
    nCodes = c.nLevels;
    firstRow = c.firstRow;
  }
  const nCells = nCodes;
  const cell = codes;
  const marginOf = new Map<CodedMargin, Int32Array>();
  for (const m of margins)
    marginOf.set(
      m,
      Int32Array.from(firstRow, (i) => m.cell[i]),
    );
  const old = reps.cells;
  const cf = new Float64Array(R * nCells).fill(1);
  if (old !== undefined) {
    for (let r = 0; r < R; r++)
      for (let j = 0; j < nCells; j++)
        cf[r * nCells + j] = old.factors[r * old.nCells + old.cell[firstRow[j]]];
  }
  const compact = { ...reps, cells: { nCells, cell, factors: cf } };
  const groups = psuCellGroups(compact);
  const base = design.weights;
  const groupWeight = new Float64Array(groups.nGroups);
  for (let i = 0; i < n; i++) groupWeight[groups.group[i]] += base[i];
  return {
    apply(m) {
      const code = marginOf.get(m) as Int32Array;
      const total = new Float64Array(m.nCells);
      for (let r = 0; r < R; r++) {
        total.fill(0);
        const co = r * nCells;
        const fo = r * reps.nPsu;
        for (let g = 0; g < groups.nGroups; g++) {
          const k = code[groups.groupCell[g]];
          if (k >= 0)
            total[k] += reps.factors[fo + groups.groupPsu[g]] * cf[co + groups.groupCell[g]] * groupWeight[g];
        }
        for (let k = 0; k < m.nCells; k++)
          if (total[k] === 0 && m.population[k] > 0) throw emptyCell(m, r, k);
        for (let j = 0; j < nCells; j++) {
          const k = code[j];
          if (k >= 0 && total[k] !== 0) cf[co + j] *= m.population[k] / total[k];
        }
      }
    },
    result(finalWeights) {
      // factors were relative to the starting weights; make them relative to the final ones
      // (the full-sample adjustment is constant within a joint cell)
      const ratio = new Float64Array(nCells).fill(1);
      const seen = new Uint8Array(nCells);
      for (let i = 0; i < n; i++) {
        const j = cell[i];
        if (!seen[j] && base[i] !== 0 && finalWeights[i] !== 0) {
          ratio[j] = finalWeights[i] / base[i];
          seen[j] = 1;
        }
      }
      const factors = new Float64Array(R * nCells);
      for (let r = 0; r < R; r++)
        for (let j = 0; j < nCells; j++) factors[r * nCells + j] = cf[r * nCells + j] / ratio[j];
      return { ...reps, cells: { nCells, cell, factors } };
    },
  };
}

/** A raker for the design's replicates: compact for PSU factors, explicit for a weight matrix. */
export function replicateRaker(design: ReplicateDesign, margins: CodedMargin[]): ReplicateRaker {
  return design.replicates.kind === 'psu-factors' ? compactRaker(design, margins) : matrixRaker(design);
}
