// Shared contract of packages/stats: the column store, the two design kinds and the estimator interface.
import type { CalibrationBounds, CalibrationFunction } from './calfun.ts';
import { StatsError } from './errors.ts';

/* ------------------------------------------------------------------------------------------------
 * Column store
 * ---------------------------------------------------------------------------------------------- */

/** Numeric column: NaN marks a missing value. */
export type NumericColumn = Float64Array;
/** Categorical column: labels, null marks a missing value. */
export type CategoricalColumn = (string | null)[];
export type Column = NumericColumn | CategoricalColumn;

/** In-memory column store. Every column has length `nrow`. The library itself never does I/O. */
export interface Frame {
  nrow: number;
  columns: Map<string, Column>;
}

export function isNumericColumn(c: Column): c is NumericColumn {
  return c instanceof Float64Array;
}

/** Builds a Frame and checks that all columns have the same length. */
export function makeFrame(columns: Record<string, Column> | Map<string, Column>): Frame {
  const map = columns instanceof Map ? columns : new Map(Object.entries(columns));
  let nrow = -1;
  let first = '';
  for (const [name, col] of map) {
    if (nrow < 0) {
      nrow = col.length;
      first = name;
    } else if (col.length !== nrow) {
      throw new StatsError(
        'LENGTH_MISMATCH',
        `column '${name}' has ${col.length} rows but column '${first}' has ${nrow}`,
        { column: name, length: col.length, expected: nrow },
      );
    }
  }
  return { nrow: Math.max(nrow, 0), columns: map };
}

/** Any column by name; throws UNKNOWN_COLUMN naming the column and listing the known ones. */
export function getColumn(frame: Frame, name: string): Column {
  const col = frame.columns.get(name);
  if (col === undefined) {
    const known = [...frame.columns.keys()];
    const shown = known.length > 20 ? `${known.slice(0, 20).join(', ')}, …` : known.join(', ');
    throw new StatsError('UNKNOWN_COLUMN', `unknown column '${name}' (columns: ${shown})`, { column: name });
  }
  return col;
}

/** A numeric column by name; throws UNKNOWN_COLUMN or WRONG_COLUMN_TYPE. */
export function numericColumn(frame: Frame, name: string): NumericColumn {
  const col = getColumn(frame, name);
  if (!isNumericColumn(col)) {
    throw new StatsError('WRONG_COLUMN_TYPE', `column '${name}' is categorical, a numeric column is needed`, {
      column: name,
    });
  }
  return col;
}

/** A categorical column by name; throws UNKNOWN_COLUMN or WRONG_COLUMN_TYPE. */
export function categoricalColumn(frame: Frame, name: string): CategoricalColumn {
  const col = getColumn(frame, name);
  if (isNumericColumn(col)) {
    throw new StatsError('WRONG_COLUMN_TYPE', `column '${name}' is numeric, a categorical column is needed`, {
      column: name,
    });
  }
  return col;
}

/* ------------------------------------------------------------------------------------------------
 * Design specification (what the user gives, like R's svydesign arguments)
 * ---------------------------------------------------------------------------------------------- */

/** R's options(survey.lonely.psu=): what to do with a stratum that has a single PSU. */
export type LonelyPsu = 'fail' | 'remove' | 'certainty' | 'adjust' | 'average';

/**
 * PPS sampling without replacement (R's svydesign(pps = )): 'brewer' (Brewer's approximation in the
 * usual stratified formula, any number of stages), 'overton' (Overton's approximation of the joint
 * probabilities) or Hartley–Rao ({ method: 'HR' }, R's HR(): Σ π²/n estimated by the mean π of the
 * stratum's PSUs, or given as `psum`, one number or one per first-stage stratum label). The fpc is
 * then the selection probability of each cluster at its stage.
 */
export type PpsSpec = 'brewer' | 'overton' | { method: 'HR'; psum?: number | Record<string, number> };

/** Like R's svydesign(ids=, strata=, fpc=, weights=|probs=, nest=, pps=). Names refer to Frame columns. */
export interface DesignSpec {
  /** Cluster columns, one per stage. Omitted or [] means each row is its own PSU (R's id=~1). */
  ids?: string[];
  /** Stratum column(s), one per stage (usually only the first stage is stratified). */
  strata?: string | string[];
  /** Fpc columns, one per stage: all values ≤ 1 are sampling fractions, otherwise population sizes. */
  fpc?: string[];
  /** Sampling weights column. Exclusive with `probs`. */
  weights?: string;
  /** Sampling probabilities column(s) (one per stage, multiplied). Exclusive with `weights`. */
  probs?: string | string[];
  /** Cluster ids are only unique within strata (R's nest=TRUE). */
  nest?: boolean;
  /** Lonely PSU rule; default 'fail' (R's default). */
  lonelyPsu?: LonelyPsu;
  /** PPS sampling without replacement; the fpc columns are then selection probabilities. */
  pps?: PpsSpec;
}

/* ------------------------------------------------------------------------------------------------
 * Taylor (linearisation) design
 * ---------------------------------------------------------------------------------------------- */

/** One sampling stage, in integer codes. Stage k > 1 strata are nested in stage k-1 clusters, as R does. */
export interface TaylorStage {
  /** Stratum code per row, 0..nStrata-1 (unique across the whole design at this stage). */
  strata: Int32Array;
  nStrata: number;
  /** Cluster code per row, 0..nClusters-1, unique across the whole design (nested in strata and parents). */
  cluster: Int32Array;
  nClusters: number;
  /** Stratum of each cluster (length nClusters). */
  clusterStratum: Int32Array;
  /** Number of sampled clusters per stratum in the full sample (R's fpc$sampsize), length nStrata. */
  sampleSize: Float64Array;
  /** Population number of clusters per stratum (R's fpc$popsize), length nStrata; null when no fpc
   * or when it varies by cluster (PPS: see clusterPopSize). */
  popSize: Float64Array | null;
  /** PPS designs: n_h/π_c per cluster (R's per-row fpc$popsize), length nClusters. */
  clusterPopSize?: Float64Array;
  /** Stage > 1: the enclosing cluster of the previous stage, per stratum (strata are nested in it). */
  strataParent?: Int32Array;
  /** Stage > 1: the enclosing cluster of the previous stage, per cluster. */
  clusterParent?: Int32Array;
  /** Human-readable stratum labels (for messages), length nStrata. */
  strataLabels?: string[];
}

/**
 * A calibration adjustment recorded on a Taylor design (post-stratification, raking, GREG; src/calibrate).
 * Before the design variance is computed, the weighted influence values (the per-row contributions
 * w_i·z_i to the estimated total of influence values) are residualised, in order, by every step, as
 * R's svyrecvar does with design$postStrata.
 */
export interface CalibrationStep {
  /** e.g. 'poststratify', 'rake', 'linear', 'raking'. */
  kind: string;
  /** Replaces `scores` (length nrow, w_i·z_i) by its calibration residuals, in place. */
  residualise(scores: Float64Array): void;
}

export interface TaylorDesign {
  kind: 'taylor';
  frame: Frame;
  nrow: number;
  /** Sampling (analysis) weight per row; 0 for rows outside a subset. */
  weights: Float64Array;
  /** 1 = row belongs to the (sub)design, 0 = excluded by subset(); null = all rows. */
  subset: Uint8Array | null;
  /** Stages, first = PSUs. Always at least one stage. */
  stages: TaylorStage[];
  /** Labels of the first-stage strata, indexed by stratum code. */
  strataLabels: string[];
  hasStrata: boolean;
  /** Number of stages with an fpc (0 = with-replacement at every stage). */
  fpcStages: number;
  lonelyPsu: LonelyPsu;
  /** Calibration steps applied so far (empty for an uncalibrated design). */
  calibrations: CalibrationStep[];
  /** Degrees of freedom: #PSU − #strata among rows in the (sub)design (R's degf). */
  degf: number;
  spec: DesignSpec;
  /** Warnings R would print while the design was built (raking that did not converge); the caller shows them. */
  warnings?: string[];
  /** Overton and Hartley–Rao PPS designs: the variance is x̌ᵀ D x̌ over first-stage PSUs (src/variance/pps-variance.ts). */
  ppsJoint?: PpsJoint;
}

/** What the Overton / Hartley–Rao variance needs: π per PSU of the full sample and Σπ²/n per stratum (HR). */
export interface PpsJoint {
  method: 'overton' | 'HR';
  /** Selection probability of each first-stage cluster, length nClusters. */
  prob: Float64Array;
  /** HR only: the Σ π²/n term per first-stage stratum, length nStrata. */
  p2bar?: Float64Array;
}

/* ------------------------------------------------------------------------------------------------
 * Replicate-weight design (built in src/replicate)
 * ---------------------------------------------------------------------------------------------- */

export type ReplicateType = 'JK1' | 'JKn' | 'BRR' | 'Fay' | 'bootstrap' | 'other';

/**
 * Replicate weights, in one of two storage forms.
 * - 'matrix': analysis weights of every replicate, Float64Array of n·R, replicate r at [r·n, (r+1)·n).
 * - 'psu-factors': replicate r weight of row i = baseWeights[i] · factors[r·nPsu + psu[i]], so a
 *   1e6-row, 100-replicate design stores 100·nPsu factors instead of 1e8 doubles.
 */
export type ReplicateWeights =
  | { kind: 'matrix'; nrep: number; values: Float64Array }
  | {
      kind: 'psu-factors';
      nrep: number;
      nPsu: number;
      psu: Int32Array;
      factors: Float64Array;
      // post-stratification/raking of a PSU-factor design keeps it compact — replicate r of
      // row i is further multiplied by cells.factors[r·nCells + cells.cell[i]] (one cell per row).
      cells?: { nCells: number; cell: Int32Array; factors: Float64Array };
    }
  | {
      // calibration of a replicate design (src/calibrate) keeps the replicate weights it started from and,
      // per replicate, the η and prescale of its g: replicate r of row i = base weight · g_r(x_i), where
      // g_r(x) = scale[r] · (1 + F⁻¹(xᵀη_r) − 1). Columns are made one at a time (src/replicate/columns.ts),
      // so no n·R matrix is stored; the model matrix x is n × p, column-major.
      kind: 'calibrated';
      nrep: number;
      base: ReplicateWeights;
      /** The full-sample weights `base` is relative to (used by its PSU-factor form). */
      baseWeights: Float64Array;
      x: Float64Array;
      p: number;
      calfun: CalibrationFunction;
      bounds: CalibrationBounds;
      /** η of every replicate, R × p. */
      eta: Float64Array;
      /** Prescale of every replicate's g (1 when grake did not rescale), length R. */
      scale: Float64Array;
    };

export interface ReplicateDesign {
  kind: 'replicate';
  frame: Frame;
  nrow: number;
  /** Full-sample analysis weights; 0 for rows outside a subset. */
  weights: Float64Array;
  /** 1 = row in the (sub)design, 0 = excluded by subset(); null = all rows. */
  subset: Uint8Array | null;
  replicates: ReplicateWeights;
  type: ReplicateType;
  /** Overall multiplier of Σ rscales_r (θ_r − θ̄)². */
  scale: number;
  /** Per-replicate multipliers, length R. */
  rscales: Float64Array;
  /** Centre at the full-sample estimate (true) or the mean of the replicates (false). */
  mse: boolean;
  /** Degrees of freedom (R: rank of replicate weights − 1, or as supplied). */
  df: number;
  /** Warnings R would print while the design was built (replicates whose calibration did not converge, raking
   * that did not converge); the caller shows them. */
  warnings?: string[];
}

export type Design = TaylorDesign | ReplicateDesign;

/* ------------------------------------------------------------------------------------------------
 * Estimator contract, shared by both variance engines
 * ---------------------------------------------------------------------------------------------- */

/**
 * A statistic that is a smooth function of K weighted totals: θ = g(T), T_k = Σ_i w_i u_ik.
 * `contributions[k][i]` is u_ik and is already 0 for rows outside the domain, the subset, or dropped
 * as NA (a domain is the full design with zero contributions, never cut data).
 *
 * - Taylor: influence values z_ij = Σ_k J_jk u_ik (J = jacobian(T̂)), and var(θ̂) is the design
 *   variance of the estimated total Σ_i w_i z_i (see core/statistic.ts `influenceScores`).
 * - Replicate: T^(r) = Σ_i w_i^(r) u_ik for each replicate (aggregate u to PSUs first with
 *   `aggregateContributions` for the psu-factor form), then θ^(r) = g(T^(r)).
 */
export interface SmoothStatistic {
  /** Output names, length p. */
  names: string[];
  /** Number of totals K (= contributions.length). */
  nTotals: number;
  contributions: Float64Array[];
  /** θ = g(T): totals (length K) → estimates (length p). */
  evaluate(totals: Float64Array): Float64Array;
  /** ∂g_j/∂T_k at `totals`, row-major p × K. */
  jacobian(totals: Float64Array): Float64Array;
}

/** What a variance engine returns for a statistic. */
export interface VarianceResult {
  names: string[];
  estimate: Float64Array;
  /** Covariance matrix, row-major p × p. */
  vcov: Float64Array;
  /** Replicate estimates (row-major R × p), replicate designs only. */
  replicates?: Float64Array;
}

/** Signature of the replicate engine (`replicateVariance` in src/replicate/variance.ts). */
export type ReplicateVarianceFn = (design: ReplicateDesign, stat: SmoothStatistic) => VarianceResult;
