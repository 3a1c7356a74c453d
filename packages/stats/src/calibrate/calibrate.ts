// Calibration to population totals, linear (GREG), raking or logit, of a Taylor or replicate design (R's calibrate).
import type { Design, ReplicateDesign, ReplicateWeights, TaylorDesign } from '../core/types.ts';
import { fillReplicate } from '../replicate/columns.ts';
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
  /** 'linear' (GREG, default), 'raking' (multiplicative, g = exp(x'η)) or 'logit' (g kept inside the
   * bounds, which it needs: R's calfun = "logit"). */
  calfun?: CalibrationFunction;
  /** Bounds on the g-weights; default unbounded. */
  bounds?: CalibrationBounds;
  /** Newton iterations for raking or bounded calibration; default 50 (R). */
  maxit?: number;
  /** Convergence: every |misfit|/(1 + |total|) < epsilon; default 1e-7 (R). */
  epsilon?: number;
}

function colTotals(mm: ModelMatrix, w: Float64Array): Float64Array {
  const t = new Float64Array(mm.p);
  for (let k = 0; k < mm.p; k++) {
    let s = 0;
    const o = k * mm.n;
    for (let i = 0; i < mm.n; i++) s += mm.values[o + i] * w[i];
    t[k] = s;
  }
  return t;
}

/**
 * R's regcalibrate (unbounded linear): λ = (XᵀWX)⁻¹ (t − Xᵀw), g = 1 + Xλ.
 */
function linearLambda(mm: ModelMatrix, weights: Float64Array, totals: Float64Array): Float64Array {
  const { n, p, values: X } = mm;
  const T = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += X[a * n + i] * weights[i] * X[b * n + i];
      T[a * p + b] = s;
      T[b * p + a] = s;
    }
  }
  const sample = colTotals(mm, weights);
  const rhs = totals.map((t, k) => t - sample[k]);
  return luSolve(T, rhs, p, 'linear calibration');
}

function linearG(mm: ModelMatrix, weights: Float64Array, totals: Float64Array): Float64Array {
  const { n, p, values: X } = mm;
  const lambda = linearLambda(mm, weights, totals);
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 1;
    for (let k = 0; k < p; k++) s += X[k * n + i] * lambda[k];
    g[i] = s;
  }
  return g;
}

const UNBOUNDED: CalibrationBounds = { lower: Number.NEGATIVE_INFINITY, upper: Number.POSITIVE_INFINITY };
const isBounded = (b: CalibrationBounds | undefined) =>
  b !== undefined && (Number.isFinite(b.lower) || Number.isFinite(b.upper));

function gWeights(
  mm: ModelMatrix,
  weights: Float64Array,
  totals: Float64Array,
  spec: CalibrateSpec,
  what: string,
): Float64Array {
  const kind = spec.calfun ?? 'linear';
  if (kind === 'linear' && !isBounded(spec.bounds)) return linearG(mm, weights, totals);
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

/**
 * R's calibrate.svyrep.design: the full-sample weights as for a Taylor design, then every replicate's
 * analysis weights calibrated to the same totals, one replicate at a time (one column of n doubles in
 * memory): only η and the prescale of each replicate's g are kept, in 'calibrated' replicate weights
 * over the design's own (PSU-factor weights stay compact), so no n·R matrix is built. A replicate whose
 * calibration does not converge keeps its last g and adds R's warning "Failed to converge". `df` stays as
 * it was (R keeps the cached degf).
 */
function calibrateReplicate(
  design: ReplicateDesign,
  mm: ModelMatrix,
  totals: Float64Array,
  spec: CalibrateSpec,
): ReplicateDesign {
  const n = design.nrow;
  const gt = gWeights(mm, design.weights, totals, spec, 'calibration');
  const weights = design.weights.map((w, i) => w * gt[i]);
  const reps = design.replicates;
  const R = reps.nrep;
  const p = mm.p;
  const calfun = spec.calfun ?? 'linear';
  const linear = calfun === 'linear' && !isBounded(spec.bounds);
  const eta = new Float64Array(R * p);
  const scale = new Float64Array(R).fill(1);
  const warnings = [...(design.warnings ?? [])];
  const column = new Float64Array(n);
  const inDesign = design.subset;
  for (let r = 0; r < R; r++) {
    fillReplicate(reps, design.weights, r, column);
    if (inDesign !== null) for (let i = 0; i < n; i++) if (inDesign[i] === 0) column[i] = 0;
    if (linear) {
      eta.set(linearLambda(mm, column, totals), r * p);
      continue;
    }
    const fit = grake(mm, column, calfun, totals, {
      bounds: spec.bounds,
      epsilon: spec.epsilon,
      maxit: spec.maxit,
      keepFailed: true,
    });
    eta.set(fit.eta, r * p);
    scale[r] = fit.scale;
    if (fit.failed !== undefined)
      warnings.push(
        `replicate ${r + 1}: Failed to converge: eps=${fit.failed} in ${fit.iterations} iterations`,
      );
  }
  const replicates: ReplicateWeights = {
    kind: 'calibrated',
    nrep: R,
    base: reps,
    baseWeights: design.weights,
    x: mm.values,
    p,
    calfun,
    bounds: linear ? UNBOUNDED : { ...UNBOUNDED, ...spec.bounds },
    eta,
    scale,
  };
  return { ...design, weights, replicates, ...(warnings.length > 0 ? { warnings } : {}) };
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
