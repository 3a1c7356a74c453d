// Replicate design built from a Taylor design (R's as.svrepdesign): JK1, JKn, BRR, Fay, bootstrap.
import { StatsError } from '../core/errors.ts';
import type { Frame, ReplicateDesign, ReplicateType, TaylorDesign } from '../core/types.ts';
import { bootstrapFactors, subbootstrapFactors } from './bootstrap.ts';
import { brrFactors } from './brr.ts';
import { replicateDegf } from './degf.ts';
import { jk1Factors, jknFactors } from './jackknife.ts';
import { seededRandom } from './prng.ts';
import type { PsuFactors } from './psu-factors.ts';
import { type PsuIndex, psuIndexFromCodes } from './psu-index.ts';

export type AsReplicateType = 'auto' | 'JK1' | 'JKn' | 'BRR' | 'Fay' | 'bootstrap' | 'subbootstrap';

/** Options of R's as.svrepdesign(design, type, fay.rho, replicates, mse). */
export interface AsReplicateOptions {
  /** 'auto' (default): JK1 without strata, JKn with strata. 'subbootstrap' is Rao & Wu's (n_h − 1) bootstrap. */
  type?: AsReplicateType;
  /** Fay's rho for type 'Fay' (R's fay.rho); 'BRR' is ρ = 0. */
  fayRho?: number;
  /** Number of bootstrap replicates, default 50 as R. */
  replicates?: number;
  /** Seed of the bootstrap draws (the same seed gives the same replicates); default 1. */
  seed?: number;
  /** Centre variances at the full-sample estimate; default false. */
  mse?: boolean;
}

/** Wraps PSU factors into a design whose replicate weight of row i is weights[i]·factor[r, psu(i)]. */
export function designFromPsuFactors(
  frame: Frame,
  weights: Float64Array,
  subset: Uint8Array | null,
  index: PsuIndex,
  f: PsuFactors,
  type: ReplicateType,
  mse: boolean,
): ReplicateDesign {
  const replicates = {
    kind: 'psu-factors' as const,
    nrep: f.nrep,
    nPsu: f.nPsu,
    psu: index.psu,
    factors: f.factors,
  };
  return {
    kind: 'replicate',
    frame,
    nrow: frame.nrow,
    weights,
    subset,
    replicates,
    type,
    scale: f.scale,
    rscales: f.rscales,
    mse,
    df: replicateDegf(replicates, weights, subset),
  };
}

/**
 * R's as.svrepdesign(design, type): replicate factors per first-stage PSU (stored per PSU, never per row).
 * - JK1 (unstratified): scale (1 − f)(n − 1)/n with the first-stage fpc.
 * - JKn: one replicate per PSU, rscales (1 − f_h)(n_h − 1)/n_h, lonely PSUs by the design's rule.
 * - BRR / Fay: Hadamard half-samples of 2-PSU strata (fpc dropped, as R).
 * - bootstrap: R's bootweights with the first-stage fpc, from a seeded generator.
 */
export function asReplicateDesign(design: TaylorDesign, options: AsReplicateOptions = {}): ReplicateDesign {
  if (design.spec.pps !== undefined)
    throw new StatsError('INVALID_ARGUMENT', 'replicate weights from a PPS design are not implemented');
  let type = options.type ?? 'auto';
  if (type === 'auto') type = design.hasStrata ? 'JKn' : 'JK1';
  if (type === 'JK1' && design.hasStrata)
    throw new StatsError('INVALID_ARGUMENT', "can't use JK1 for a stratified design: use JKn");
  if ((type === 'JKn' || type === 'BRR' || type === 'Fay') && !design.hasStrata) {
    throw new StatsError('INVALID_ARGUMENT', `type ${type} needs a stratified design: use JK1 or bootstrap`);
  }
  const stage = design.stages[0];
  const index = psuIndexFromCodes(stage.cluster, stage.nClusters - 1);
  const psuStratum = new Int32Array(index.nPsu);
  for (let p = 0; p < index.nPsu; p++) psuStratum[p] = stage.strata[index.firstRow[p]];
  const popSize = stage.popSize;
  const mse = options.mse ?? false;
  let f: PsuFactors;
  let outType: ReplicateType;
  switch (type) {
    case 'JK1': {
      let N: number | null = null;
      if (popSize !== null) {
        N = popSize[psuStratum[0]];
        for (let p = 1; p < index.nPsu; p++) {
          if (popSize[psuStratum[p]] !== N)
            throw new StatsError('INVALID_FPC', 'JK1 needs one fpc value for the whole design');
        }
      }
      f = jk1Factors(index.nPsu, N);
      outType = 'JK1';
      break;
    }
    case 'JKn':
      f = jknFactors(psuStratum, stage.nStrata, popSize, design.lonelyPsu, design.strataLabels);
      outType = 'JKn';
      break;
    case 'BRR':
    case 'Fay': {
      const rho = type === 'BRR' ? 0 : (options.fayRho ?? 0);
      if (type === 'Fay' && options.fayRho === undefined)
        throw new StatsError('INVALID_ARGUMENT', "type 'Fay' needs fayRho");
      const labels = Array.from(psuStratum, (h) => design.strataLabels[h] ?? String(h));
      f = brrFactors(labels, rho);
      outType = rho === 0 ? 'BRR' : 'Fay';
      break;
    }
    case 'bootstrap':
    case 'subbootstrap': {
      const rng = seededRandom(options.seed ?? 1);
      const R = options.replicates ?? 50;
      f =
        type === 'bootstrap'
          ? bootstrapFactors(psuStratum, stage.nStrata, popSize, R, rng)
          : subbootstrapFactors(psuStratum, stage.nStrata, R, rng);
      outType = 'bootstrap';
      break;
    }
    default:
      throw new StatsError('INVALID_ARGUMENT', `unknown replicate type '${String(type)}'`);
  }
  return designFromPsuFactors(design.frame, design.weights, design.subset, index, f, outType, mse);
}
