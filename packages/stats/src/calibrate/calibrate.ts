// Calibration to population totals, linear (GREG) or raking, of a Taylor or replicate design (R's calibrate).
import type { Design, ReplicateDesign, TaylorDesign } from '../core/types.ts';
import { replicateDegf } from '../replicate/degf.ts';
import { analysisWeightMatrix } from '../replicate/materialize.ts';
import { type CalibrationBounds, type CalibrationFunction, grake } from './grake.ts';
import { qrDecompose } from './householder-qr.ts';
import { luSolve } from './lu-solve.ts';
import { alignTotals, type ModelMatrix, modelMatrix, selectColumns } from './model-matrix.ts';
import { regressionStep } from './steps.ts';

/** Like R's calibrate(design, formula = ~ v1 + v2, population, calfun, bounds, maxit, epsilon). */
export interface CalibrateSpec {
  /** Calibration variables; the model has an intercept, numeric columns as they are, categorical
   * columns as treatment dummies (R's model.matrix). */
  variables: string[];
  /** Numeric variables to treat as categorical (R's ~factor(x)); dummies are named variable+value. */
  factors?: string[];
  /** Population totals named as the model-matrix columns, e.g. { '(Intercept)': 6194, stypeH: 755,
   * stypeM: 1018, api99: 3914069 } (see calibrationTotals to build it from totals per level). */
  population: Record<string, number>;
  /** 'linear' (GREG, default) or 'raking' (multiplicative, g = exp(x'η)). */
  calfun?: CalibrationFunction;
  /** Bounds on the g-weights; default unbounded. */
  bounds?: CalibrationBounds;
  /** Newton iterations for raking or bounded calibration; default 50 (R). */
  maxit?: number;
  /** Convergence: every |misfit|/(1 + |total|) < epsilon; default 1e-7 (R). */
  epsilon?: number;
}

function colTotals(mm: ModelMatrix, w: Float64Array, offset = 0): Float64Array {
  const t = new Float64Array(mm.p);
  for (let k = 0; k < mm.p; k++) {
    let s = 0;
    const o = k * mm.n;
    for (let i = 0; i < mm.n; i++) s += mm.values[o + i] * w[offset + i];
    t[k] = s;
  }
  return t;
}

/**
 * R's regcalibrate (unbounded linear): g = 1 + X (XᵀWX)⁻¹ (t − Xᵀw), solved directly.
 * `w` is read from `weights` at `offset` (a replicate column of a matrix).
 */
function linearG(mm: ModelMatrix, weights: Float64Array, totals: Float64Array, offset = 0): Float64Array {
  const { n, p, values: X } = mm;
  const T = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[a * n + i] * weights[offset + i] * X[b * n + i];
      T[a * p + b] = s;
      T[b * p + a] = s;
    }
  }
  const sample = colTotals(mm, weights, offset);
  const rhs = totals.map((t, k) => t - sample[k]);
  const lambda = luSolve(T, rhs, p, 'linear calibration');
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let k = 0; k < p; k++) s += X[k * n + i] * lambda[k];
    g[i] = s;
  }
  return g;
}

function gWeights(
  mm: ModelMatrix,
  weights: Float64Array,
  totals: Float64Array,
  spec: CalibrateSpec,
  what: string,
): Float64Array {
  const kind = spec.calfun ?? 'linear';
  const bounded =
    spec.bounds !== undefined && (Number.isFinite(spec.bounds.lower) || Number.isFinite(spec.bounds.upper));
  if (kind === 'linear' && !bounded) return linearG(mm, weights, totals);
  return grake(mm, weights, kind, totals, {
    bounds: spec.bounds,
    epsilon: spec.epsilon,
    maxit: spec.maxit,
    what,
  }).g;
}

function calibrateTaylor(
  design: TaylorDesign,
  mm: ModelMatrix,
  totals: Float64Array,
  spec: CalibrateSpec,
): TaylorDesign {
  const ww = design.weights;
  const n = design.nrow;
  const g = gWeights(mm, ww, totals, spec, 'calibration');
  const whalf = ww.map(Math.sqrt);
  const scaled = new Float64Array(mm.values.length);
  for (let k = 0; k < mm.p; k++)
    for (let i = 0; i < n; i++) scaled[k * n + i] = mm.values[k * n + i] * whalf[i];
  const qr = qrDecompose(scaled, n, mm.p, 1e-7);
  const wcal = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    wcal[i] = g[i] * whalf[i];
    weights[i] = ww[i] * g[i];
  }
  const step = regressionStep(spec.calfun ?? 'linear', qr, wcal);
  return { ...design, weights, calibrations: [...design.calibrations, step] };
}

function calibrateReplicate(
  design: ReplicateDesign,
  mm: ModelMatrix,
  totals: Float64Array,
  spec: CalibrateSpec,
): ReplicateDesign {
  const n = design.nrow;
  const gt = gWeights(mm, design.weights, totals, spec, 'calibration');
  const weights = design.weights.map((w, i) => w * gt[i]);
  const values = analysisWeightMatrix(design);
  const R = design.replicates.nrep;
  const column = new Float64Array(n);
  for (let r = 0; r < R; r++) {
    column.set(values.subarray(r * n, (r + 1) * n));
    const g = gWeights(mm, column, totals, spec, `calibration of replicate ${r + 1}`);
    for (let i = 0; i < n; i++) values[r * n + i] *= g[i];
  }
  const replicates = { kind: 'matrix' as const, nrep: R, values };
  return { ...design, weights, replicates, df: replicateDegf(replicates, weights, design.subset) };
}

/**
 * R's calibrate(design, ~ variables, population, calfun): weights w_i g_i such that Σ w_i g_i x_i = t.
 * Linear: g = 1 + xᵀλ (GREG); raking: g = exp(xᵀη) by Newton's method (grake). Taylor designs record
 * the regression residualisation for their variances (svyrecvar's greg_calibration); replicate designs
 * calibrate every replicate's analysis weights to the same totals.
 */
export function calibrate<D extends Design>(design: D, spec: CalibrateSpec): D {
  const inDesign = (i: number) =>
    design.weights[i] !== 0 && (design.subset === null || design.subset[i] !== 0);
  const full = modelMatrix(design.frame, spec.variables, inDesign, spec.factors);
  const sample = colTotals(full, design.weights);
  const { keep, totals } = alignTotals(full, spec.population, sample);
  const mm = selectColumns(full, keep);
  if (design.kind === 'taylor') return calibrateTaylor(design, mm, totals, spec) as D;
  return calibrateReplicate(design as ReplicateDesign, mm, totals, spec) as D;
}
