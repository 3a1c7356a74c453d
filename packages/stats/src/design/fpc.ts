// Finite population corrections of a Taylor design (the fpc argument of R survey's svydesign()).
import { StatsError } from '../core/errors.ts';
import { type Frame, numericColumn, type TaylorStage } from '../core/types.ts';

/**
 * Sets `popSize` of stage k from fpc column k, as R's svydesign(fpc = ) does (survey 4.1, as.fpc):
 * all values ≤ 1 are sampling fractions (popsize = n_h / f), all ≥ 1 population sizes, a mixture is
 * an error; the population size must be constant within each stratum of its stage and at least the
 * number of sampled clusters there ("FPC implies >100% sampling in some strata").
 * PPS designs (`pps`): the fpc must be sampling fractions, here the selection probability π_c of each
 * cluster, and the population size n_h/π_c is kept per cluster (`clusterPopSize`; R keeps it per row).
 */
export function applyFpc(frame: Frame, fpcCols: string[], stages: TaylorStage[], pps = false): void {
  if (fpcCols.length === 0) return;
  const n = frame.nrow;
  const fpcValues = fpcCols.map((c) => numericColumn(frame, c));
  let anyAbove1 = false as boolean;
  let allAtLeast1 = true as boolean;
  fpcValues.forEach((v, k) => {
    for (let i = 0; i < n; i++) {
      const x = v[i];
      if (Number.isNaN(x)) {
        throw new StatsError(
          'MISSING_DESIGN_VALUE',
          `missing value in fpc column '${fpcCols[k]}' at row ${i + 1}`,
          {
            column: fpcCols[k],
            row: i + 1,
          },
        );
      }
      if (!(x > 0)) {
        throw new StatsError(
          'INVALID_FPC',
          `fpc column '${fpcCols[k]}' has a non-positive value (${x}) at row ${i + 1}`,
          {
            column: fpcCols[k],
            row: i + 1,
          },
        );
      }
      if (x > 1) anyAbove1 = true;
      if (x < 1) allAtLeast1 = false;
    }
  });
  if (anyAbove1 !== allAtLeast1) {
    throw new StatsError(
      'INVALID_FPC',
      'fpc values must be all ≥ 1 (population sizes) or all ≤ 1 (sampling fractions), not a mixture',
    );
  }
  const isPopSize = anyAbove1;
  if (pps) {
    if (isPopSize)
      throw new StatsError(
        'INVALID_FPC',
        'a PPS design needs the fpc as selection probabilities (sampling fractions ≤ 1), not population sizes',
      );
    fpcValues.forEach((v, k) => {
      clusterPopSizes(v, fpcCols[k], stages[k], k);
    });
    return;
  }
  fpcValues.forEach((v, k) => {
    const stage = stages[k];
    const pop = new Float64Array(stage.nStrata).fill(Number.NaN);
    const st = stage.strata;
    for (let i = 0; i < n; i++) {
      const h = st[i];
      const N = isPopSize ? v[i] : stage.sampleSize[h] / v[i];
      const prev = pop[h];
      if (Number.isNaN(prev)) {
        if (N < stage.sampleSize[h]) {
          throw new StatsError(
            'INVALID_FPC',
            `fpc implies more than 100% sampling in stratum '${stage.strataLabels?.[h]}' at stage ${k + 1}: population ${N}, sample ${stage.sampleSize[h]} clusters`,
            { stage: k + 1, stratum: stage.strataLabels?.[h] },
          );
        }
        pop[h] = N;
      } else if (prev !== N) {
        throw new StatsError(
          'INVALID_FPC',
          `fpc column '${fpcCols[k]}' varies within stratum '${stage.strataLabels?.[h]}' at stage ${k + 1}`,
          { stage: k + 1, stratum: stage.strataLabels?.[h] },
        );
      }
    }
    stage.popSize = pop;
  });
}

/** PPS: N_c = n_h/π_c per cluster of the stage; π must be the same on every row of a cluster. */
function clusterPopSizes(prob: Float64Array, column: string, stage: TaylorStage, k: number): void {
  const pop = new Float64Array(stage.nClusters).fill(Number.NaN);
  const { cluster, strata } = stage;
  for (let i = 0; i < prob.length; i++) {
    const c = cluster[i];
    const N = stage.sampleSize[strata[i]] / prob[i];
    if (Number.isNaN(pop[c])) pop[c] = N;
    else if (pop[c] !== N) {
      throw new StatsError(
        'INVALID_FPC',
        `fpc column '${column}' varies within a cluster at stage ${k + 1} (row ${i + 1}): a cluster has one selection probability`,
        { column, row: i + 1, stage: k + 1 },
      );
    }
  }
  stage.clusterPopSize = pop;
}
