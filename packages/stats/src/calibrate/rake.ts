// Raking (iterative proportional fitting) of a Taylor or replicate design (R's rake).
import { StatsError } from '../core/errors.ts';
import { codeColumn } from '../core/factor.ts';
import type { Design, ReplicateDesign, TaylorDesign } from '../core/types.ts';
import { getColumn } from '../core/types.ts';
import { replicateDegf } from '../replicate/degf.ts';
import { analysisWeightMatrix } from '../replicate/materialize.ts';
import { type CodedMargin, codeMargin, type Margin } from './margins.ts';
import { postStratifyReplicates, postStratifyWeights } from './post-stratify.ts';
import { type RakeMarginState, rakeStep } from './steps.ts';

/** R's rake(control = list(maxit = 10, epsilon = 1)). */
export interface RakeControl {
  /** Maximum number of sweeps over the margins; default 10. */
  maxit?: number;
  /** Stop when the largest change of a cell of the joint table of all margin variables is below
   * epsilon; a value < 1 is relative to the sum of the weights. Default 1. */
  epsilon?: number;
  /** Return the design even if raking did not converge (R only warns); default false = throw NOT_CONVERGED. */
  force?: boolean;
}

/** The raked design and how raking went. */
export interface RakeResult<D extends Design> {
  design: D;
  converged: boolean;
  /** Sweeps over the margins that were done. */
  iterations: number;
  /** Largest change of a joint-table cell in the last sweep. */
  maxChange: number;
}

/** Weighted table over the crossing of all margin variables (R's svytable(~v1 + v2 + ..., design)). */
function jointTable(keys: Float64Array, weights: Float64Array): Map<number, number> {
  const t = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k < 0) continue;
    t.set(k, (t.get(k) ?? 0) + weights[i]);
  }
  return t;
}

function jointKeys(design: Design, margins: Margin[]): Float64Array {
  const vars = [...new Set(margins.flatMap((m) => m.variables))];
  const coded = vars.map((v) => codeColumn(getColumn(design.frame, v)));
  const keys = new Float64Array(design.nrow);
  for (let i = 0; i < design.nrow; i++) {
    let k = 0;
    for (const c of coded) {
      const code = c.codes[i];
      if (code < 0) {
        k = -1;
        break;
      }
      k = k * c.nLevels + code;
    }
    keys[i] = k;
  }
  return keys;
}

function maxAbsChange(a: Map<number, number>, b: Map<number, number>): number {
  let d = 0;
  for (const [k, v] of b) d = Math.max(d, Math.abs(v - (a.get(k) ?? 0)));
  for (const [k, v] of a) if (!b.has(k)) d = Math.max(d, Math.abs(v));
  return d;
}

/**
 * R's rake(design, sample.margins, population.margins, control): post-stratify on each margin in turn,
 * sweep after sweep, until the joint weighted table of all margin variables changes by less than
 * epsilon (at most maxit sweeps). Taylor designs record the last sweep's margins as a raking step
 * (variance by iterated residualisation, svyrecvar); replicate designs rake every replicate in the
 * same sweeps. Non-convergence throws NOT_CONVERGED unless control.force; margins whose counts sum to
 * different population sizes (by more than 1e-6 relative) throw INVALID_ARGUMENT, where R would
 * silently return weights that fit only the last margin.
 */
export function rakeDetailed<D extends Design>(design: D, margins: Margin[], control: RakeControl = {}): RakeResult<D> {
  const maxit = control.maxit ?? 10;
  const eps0 = control.epsilon ?? 1;
  if (margins.length === 0) throw new StatsError('INVALID_ARGUMENT', 'rake needs at least one margin');
  if (!(Number.isInteger(maxit) && maxit >= 1)) throw new StatsError('INVALID_ARGUMENT', `maxit must be a whole number ≥ 1, got ${maxit}`);
  if (!(eps0 > 0)) throw new StatsError('INVALID_ARGUMENT', `epsilon must be > 0, got ${eps0}`);
  const coded: CodedMargin[] = margins.map((m) => codeMargin(design.frame, m, design.weights));
  const sizes = coded.map((m) => m.population.reduce((a, b) => a + b, 0));
  for (let j = 1; j < sizes.length; j++) {
    if (Math.abs(sizes[j] - sizes[0]) > 1e-6 * Math.abs(sizes[0])) {
      throw new StatsError('INVALID_ARGUMENT', `the margins disagree on the population size: ${coded[0].label} sums to ${sizes[0]} but ${coded[j].label} to ${sizes[j]}`, {
        sizes,
      });
    }
  }
  let weightSum = 0;
  for (let i = 0; i < design.nrow; i++) weightSum += design.weights[i];
  const epsilon = eps0 < 1 ? eps0 * weightSum : eps0;
  const keys = jointKeys(design, margins);
  const n = design.nrow;
  const rep = design.kind === 'replicate' ? (design as ReplicateDesign) : null;
  const values = rep ? analysisWeightMatrix(rep) : null;
  const R = rep ? rep.replicates.nrep : 0;

  let weights = design.weights;
  let oldTable = jointTable(keys, weights);
  let states: RakeMarginState[] = [];
  let iter = 0;
  let converged = false;
  let delta = Number.POSITIVE_INFINITY;
  while (iter < maxit) {
    states = [];
    for (const m of coded) {
      weights = postStratifyWeights(weights, m);
      if (values) postStratifyReplicates(values, R, n, m);
      states.push({ cell: m.cell, nCells: m.nCells, weights });
    }
    const newTable = jointTable(keys, weights);
    delta = maxAbsChange(oldTable, newTable);
    if (delta < epsilon) {
      converged = true;
      break;
    }
    oldTable = newTable;
    iter++;
  }
  const sweeps = converged ? iter + 1 : iter;
  if (!converged && !control.force) {
    throw new StatsError('NOT_CONVERGED', `raking did not converge after ${sweeps} sweeps: the largest change of a cell was ${delta} (epsilon ${epsilon}); raise maxit or epsilon, or check that the margins agree on the population size`, {
      iterations: sweeps,
      maxChange: delta,
      epsilon,
    });
  }
  let out: Design;
  if (design.kind === 'taylor') {
    const t = design as TaylorDesign;
    out = { ...t, weights, calibrations: [...t.calibrations, rakeStep(states)] };
  } else {
    const replicates = { kind: 'matrix' as const, nrep: R, values: values as Float64Array };
    out = { ...(design as ReplicateDesign), weights, replicates, df: replicateDegf(replicates, weights, design.subset) };
  }
  return { design: out as D, converged, iterations: sweeps, maxChange: delta };
}

/** rakeDetailed(...).design: R's rake(), throwing NOT_CONVERGED where R would warn (unless control.force). */
export function rake<D extends Design>(design: D, margins: Margin[], control: RakeControl = {}): D {
  return rakeDetailed(design, margins, control).design;
}
