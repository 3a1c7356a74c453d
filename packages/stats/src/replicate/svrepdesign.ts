// Replicate design from supplied replicate weights, with R's svrepdesign defaults for scale and rscales.
import { StatsError } from '../core/errors.ts';
import type { Frame, ReplicateDesign, ReplicateType } from '../core/types.ts';
import { numericColumn } from '../core/types.ts';
import { replicateDegf } from './degf.ts';

/** Like R's svrepdesign(data, repweights, weights, type, combined.weights, rho, scale, rscales, fpc, mse). */
export interface ReplicateSpec {
  /** One entry per replicate: a Frame column name or an array of length nrow. */
  repweights: (string | Float64Array)[];
  /** Full-sample sampling weights (column name or array); default 1 for every row, as R. */
  weights?: string | Float64Array;
  type: ReplicateType;
  /** The replicate weights already include the sampling weights (analysis weights). Default true, as R. */
  combinedWeights?: boolean;
  /** Fay's rho; required for type 'Fay'. */
  rho?: number;
  /** Overall multiplier; R fixes it for BRR and Fay (giving one is an error here). */
  scale?: number;
  /** Per-replicate multipliers (one value, or one per replicate). */
  rscales?: number | ArrayLike<number>;
  /** Bootstrap only: replicates averaged per column (R's bootstrap.average), default 1. */
  bootstrapAverage?: number;
  /** JK1/JKn only: per-replicate finite population correction, as R's fpc with fpctype. */
  fpc?: ArrayLike<number>;
  fpctype?: 'fraction' | 'correction';
  /** Centre the variance at the full-sample estimate (R's mse); default false (R's option default). */
  mse?: boolean;
}

function columnOrArray(frame: Frame, v: string | Float64Array, what: string): Float64Array {
  const arr = typeof v === 'string' ? numericColumn(frame, v) : v;
  if (arr.length !== frame.nrow) {
    throw new StatsError(
      'LENGTH_MISMATCH',
      `${what} has ${arr.length} rows but the data have ${frame.nrow}`,
      {
        length: arr.length,
        expected: frame.nrow,
      },
    );
  }
  return arr;
}

/** Resolves R's defaults for scale and rscales of a supplied-weights design (svrepdesign.default). */
export function replicateScaleDefaults(
  spec: Pick<ReplicateSpec, 'type' | 'rho' | 'scale' | 'rscales' | 'bootstrapAverage' | 'fpc' | 'fpctype'>,
  nrep: number,
  combined: boolean,
  maxFactor: (r: number) => number,
): { scale: number; rscales: Float64Array } {
  const { type } = spec;
  let scale = spec.scale;
  let rscales: Float64Array | null = null;
  if (spec.rscales !== undefined) {
    const rs = typeof spec.rscales === 'number' ? [spec.rscales] : Array.from(spec.rscales);
    if (rs.length !== 1 && rs.length !== nrep) {
      throw new StatsError(
        'LENGTH_MISMATCH',
        `rscales has length ${rs.length}, should be the number of replicates ${nrep}`,
      );
    }
    rscales = rs.length === 1 ? new Float64Array(nrep).fill(rs[0]) : Float64Array.from(rs);
  }
  if ((type === 'BRR' || type === 'Fay') && spec.scale !== undefined) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `type '${type}' fixes scale = 1/(R(1−ρ)²); use type 'other' to give your own scale`,
    );
  }
  if (type === 'BRR') scale = 1 / nrep;
  if (type === 'Fay') {
    if (spec.rho === undefined)
      throw new StatsError('INVALID_ARGUMENT', "with type 'Fay' you must supply rho");
    if (!(spec.rho >= 0 && spec.rho < 1))
      throw new StatsError('INVALID_ARGUMENT', `Fay's rho must be in [0, 1), got ${spec.rho}`);
    scale = 1 / (nrep * (1 - spec.rho) ** 2);
  }
  if (type === 'bootstrap') {
    const avg = spec.bootstrapAverage ?? 1;
    if (scale === undefined) scale = avg / (nrep - 1);
  }
  if (type === 'JK1' && scale === undefined) {
    // R: combined weights → guess n = number of replicates; factors → 1/max of the first replicate.
    scale = combined ? (nrep - 1) / nrep : 1 / maxFactor(0);
  }
  if (type === 'JKn' && rscales === null) {
    if (combined) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        'rscales are needed for JKn with combined (analysis) replicate weights',
      );
    }
    rscales = new Float64Array(nrep);
    for (let r = 0; r < nrep; r++) rscales[r] = 1 / maxFactor(r);
  }
  if (rscales === null) rscales = new Float64Array(nrep).fill(1);
  if (spec.fpc !== undefined) {
    if (type !== 'JK1' && type !== 'JKn' && type !== 'other') {
      throw new StatsError('INVALID_ARGUMENT', `fpc is not available for type '${type}'`);
    }
    if (spec.fpctype === undefined)
      throw new StatsError('INVALID_ARGUMENT', "fpctype ('fraction' or 'correction') is needed with fpc");
    if (spec.fpc.length !== nrep)
      throw new StatsError('LENGTH_MISMATCH', `fpc has length ${spec.fpc.length}, should be ${nrep}`);
    for (let r = 0; r < nrep; r++) {
      const f = spec.fpc[r];
      if (!(f >= 0 && f <= 1)) throw new StatsError('INVALID_FPC', `illegal fpc value ${f}`);
      rscales[r] *= spec.fpctype === 'fraction' ? 1 - f : f;
    }
  }
  return { scale: scale ?? 1, rscales };
}

/**
 * R's svrepdesign(): a replicate design from replicate weights given per row, stored as the n·R matrix
 * of analysis weights. Defaults as R 4.1-1: BRR scale 1/R; Fay 1/(R(1−ρ)²); bootstrap
 * bootstrap.average/(R−1); JK1 (R−1)/R for combined weights (1/max factor otherwise); JKn rscales
 * 1/max factor per replicate (required for combined weights); other 1. df = rank of the weights − 1.
 */
export function svrepdesign(frame: Frame, spec: ReplicateSpec): ReplicateDesign {
  const n = frame.nrow;
  const R = spec.repweights.length;
  if (R === 0) throw new StatsError('INVALID_ARGUMENT', 'no replicate weights were given');
  const combined = spec.combinedWeights ?? true;
  const weights =
    spec.weights === undefined
      ? new Float64Array(n).fill(1)
      : Float64Array.from(columnOrArray(frame, spec.weights, 'the sampling weight'));
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(weights[i]))
      throw new StatsError('MISSING_WEIGHT', `the sampling weight is missing in row ${i + 1}`, {
        row: i + 1,
      });
    if (weights[i] < 0)
      throw new StatsError('NEGATIVE_WEIGHT', `the sampling weight is negative in row ${i + 1}`, {
        row: i + 1,
      });
  }
  const values = new Float64Array(R * n);
  const maxFactor = new Float64Array(R);
  spec.repweights.forEach((rw, r) => {
    const name = typeof rw === 'string' ? `replicate weight '${rw}'` : `replicate weight ${r + 1}`;
    const col = columnOrArray(frame, rw, name);
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (Number.isNaN(v))
        throw new StatsError('MISSING_WEIGHT', `${name} is missing in row ${i + 1}`, { row: i + 1 });
      if (v > max) max = v;
      values[r * n + i] = combined ? v : v * weights[i];
    }
    maxFactor[r] = max;
  });
  const { scale, rscales } = replicateScaleDefaults(spec, R, combined, (r) => maxFactor[r]);
  const replicates = { kind: 'matrix' as const, nrep: R, values };
  return {
    kind: 'replicate',
    frame,
    nrow: n,
    weights,
    subset: null,
    replicates,
    type: spec.type,
    scale,
    rscales,
    mse: spec.mse ?? false,
    df: replicateDegf(replicates, weights, null),
  };
}
