// Raking (iterative proportional fitting) of a Taylor or replicate design (R's rake).
import { StatsError } from '../core/errors.ts';
import { codeColumn, combineCodes } from '../core/factor.ts';
import type { Design, ReplicateDesign, TaylorDesign } from '../core/types.ts';
import { getColumn } from '../core/types.ts';
import { replicateDegf } from '../replicate/degf.ts';
import { type CodedMargin, codeMargin, type Margin } from './margins.ts';
import { postStratifyWeights } from './post-stratify.ts';
import { replicateRaker } from './replicate-raker.ts';
import { type RakeMarginState, rakeStep } from './steps.ts';

/** R's rake(control = list(maxit = 10, epsilon = 1)). */
export interface RakeControl {
  /** Maximum number of sweeps over the margins; default 10. */
  maxit?: number;
  /** Stop when the largest change of a cell of the joint table of all margin variables is below
   * epsilon; a value < 1 is relative to the sum of the weights. Default 1. */
  epsilon?: number;
}

/** One cell of a raking margin: its population count and the raked design's weighted count. */
export interface RakeMarginCell {
  /** The margin's variables joined by ' × ', e.g. 'stype'. */
  margin: string;
  variables: string[];
  levels: string[];
  target: number;
  achieved: number;
}

/** The raked design and how raking went. */
export interface RakeResult<D extends Design> {
  design: D;
  converged: boolean;
  /** Sweeps over the margins that were done (R's iterations when it warns). */
  iterations: number;
  /** Largest change of a joint-table cell in the last sweep. */
  maxChange: number;
  /** R's warning when raking did not converge: "Raking did not converge after N iterations." */
  warning?: string;
  /** Every margin cell, target against achieved (all equal within epsilon when converged; otherwise the
   * last margin fits and the others show how far raking got). */
  margins: RakeMarginCell[];
}

/** Cell of the crossing of all margin variables for each row (R's svytable(~v1 + v2 + ...) cells). */
function jointCells(design: Design, margins: Margin[]): { cell: Int32Array; nCells: number } {
  const vars = [...new Set(margins.flatMap((m) => m.variables))];
  let cell: Int32Array = new Int32Array(design.nrow);
  let nCells = 1;
  for (const v of vars) {
    const c = codeColumn(getColumn(design.frame, v));
    const shifted = new Int32Array(design.nrow);
    for (let i = 0; i < design.nrow; i++) shifted[i] = c.codes[i] + 1; // a missing value is a level of its own
    const joint = combineCodes(cell, nCells, shifted, c.nLevels + 1);
    cell = joint.codes;
    nCells = joint.nLevels;
  }
  return { cell, nCells };
}

/** Weighted table over the joint cells. */
function jointTable(cells: { cell: Int32Array; nCells: number }, weights: Float64Array): Float64Array {
  const t = new Float64Array(cells.nCells);
  const { cell } = cells;
  for (let i = 0; i < cell.length; i++) t[cell[i]] += weights[i];
  return t;
}

function maxAbsChange(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let k = 0; k < a.length; k++) d = Math.max(d, Math.abs(a[k] - b[k]));
  return d;
}

/**
 * R's rake(design, sample.margins, population.margins, control): post-stratify on each margin in turn,
 * sweep after sweep, until the joint weighted table of all margin variables changes by less than
 * epsilon (at most maxit sweeps). Taylor designs record the last sweep's margins as a raking step
 * (variance by iterated residualisation, svyrecvar); replicate designs rake every replicate in the
 * same sweeps. Raking that has not converged after maxit sweeps returns the design as R does, with R's
 * warning in `warning` (and in the design's `warnings`) and every margin's achieved counts beside the
 * targets; margins whose counts sum to different population sizes (by more than 1e-6 relative) throw
 * INVALID_ARGUMENT, where R would silently return weights that fit only the last margin.
 */
export function rakeDetailed<D extends Design>(
  design: D,
  margins: Margin[],
  control: RakeControl = {},
): RakeResult<D> {
  const maxit = control.maxit ?? 10;
  const eps0 = control.epsilon ?? 1;
  if (margins.length === 0) throw new StatsError('INVALID_ARGUMENT', 'rake needs at least one margin');
  if (!(Number.isInteger(maxit) && maxit >= 1))
    throw new StatsError('INVALID_ARGUMENT', `maxit must be a whole number ≥ 1, got ${maxit}`);
  if (!(eps0 > 0)) throw new StatsError('INVALID_ARGUMENT', `epsilon must be > 0, got ${eps0}`);
  const coded: CodedMargin[] = margins.map((m) => codeMargin(design.frame, m, design.weights));
  const sizes = coded.map((m) => m.population.reduce((a, b) => a + b, 0));
  for (let j = 1; j < sizes.length; j++) {
    if (Math.abs(sizes[j] - sizes[0]) > 1e-6 * Math.abs(sizes[0])) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `the margins disagree on the population size: ${coded[0].label} sums to ${sizes[0]} but ${coded[j].label} to ${sizes[j]}`,
        {
          sizes,
        },
      );
    }
  }
  let weightSum = 0;
  for (let i = 0; i < design.nrow; i++) weightSum += design.weights[i];
  const epsilon = eps0 < 1 ? eps0 * weightSum : eps0;
  const cells = jointCells(design, margins);
  const raker = design.kind === 'replicate' ? replicateRaker(design as ReplicateDesign, coded) : null;

  let weights = design.weights;
  let oldTable = jointTable(cells, weights);
  let states: RakeMarginState[] = [];
  let iter = 0;
  let converged = false;
  let delta = Number.POSITIVE_INFINITY;
  while (iter < maxit) {
    states = [];
    for (const m of coded) {
      weights = postStratifyWeights(weights, m);
      if (raker) raker.apply(m);
      states.push({ cell: m.cell, nCells: m.nCells, weights });
    }
    const newTable = jointTable(cells, weights);
    delta = maxAbsChange(oldTable, newTable);
    if (delta < epsilon) {
      converged = true;
      break;
    }
    oldTable = newTable;
    iter++;
  }
  const warning = converged ? undefined : `Raking did not converge after ${iter} iterations.`;
  const warnings = [...(design.warnings ?? []), ...(warning === undefined ? [] : [warning])];
  const extra = warnings.length > 0 ? { warnings } : {};
  let out: Design;
  if (design.kind === 'taylor') {
    const t = design as TaylorDesign;
    out = { ...t, weights, calibrations: [...t.calibrations, rakeStep(states)], ...extra };
  } else {
    const replicates = (raker as ReturnType<typeof replicateRaker>).result(weights);
    out = {
      ...(design as ReplicateDesign),
      weights,
      replicates,
      df: replicateDegf(replicates, weights, design.subset),
      ...extra,
    };
  }
  return {
    design: out as D,
    converged,
    iterations: converged ? iter + 1 : iter,
    maxChange: delta,
    warning,
    margins: achievedMargins(coded, margins, weights),
  };
}

function achievedMargins(coded: CodedMargin[], margins: Margin[], weights: Float64Array): RakeMarginCell[] {
  return coded.flatMap((m, j) => {
    const achieved = new Float64Array(m.nCells);
    for (let i = 0; i < weights.length; i++) if (m.cell[i] >= 0) achieved[m.cell[i]] += weights[i];
    return m.cellLevels.map((levels, g) => ({
      margin: m.label,
      variables: margins[j].variables,
      levels,
      target: m.population[g],
      achieved: achieved[g],
    }));
  });
}

/** rakeDetailed(...).design: R's rake() (a design that did not converge carries R's warning in `warnings`). */
export function rake<D extends Design>(design: D, margins: Margin[], control: RakeControl = {}): D {
  return rakeDetailed(design, margins, control).design;
}
