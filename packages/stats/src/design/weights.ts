// Sampling weights of a Taylor design (the weights / probs / fpc arguments of R survey's svydesign()).
import { StatsError } from '../core/errors.ts';
import { type DesignSpec, type Frame, numericColumn, type TaylorStage } from '../core/types.ts';

/**
 * Weights as 1/prob, as R's weights(design) returns them (survey 4.1, svydesign.default): from the
 * `weights` column, from the product of the `probs` columns, or, with neither, from the fpc of every
 * stage as Π_k N_hk / n_hk (R: probs <- 1/weights(fpc, final = FALSE); apiclus2's dclus2); else all 1.
 * Expects `applyFpc` to have set the stages' `popSize` (PPS: `clusterPopSize`) for the first `fpcStages` stages.
 */
export function designWeights(
  frame: Frame,
  spec: DesignSpec,
  stages: TaylorStage[],
  fpcStages: number,
): Float64Array {
  const n = frame.nrow;
  const nStages = stages.length;
  const weights = new Float64Array(n);
  if (spec.weights !== undefined) {
    const w = numericColumn(frame, spec.weights);
    for (let i = 0; i < n; i++) {
      const x = w[i];
      if (Number.isNaN(x)) {
        throw new StatsError('MISSING_WEIGHT', `missing weight in column '${spec.weights}' at row ${i + 1}`, {
          column: spec.weights,
          row: i + 1,
        });
      }
      if (x < 0) {
        throw new StatsError(
          'NEGATIVE_WEIGHT',
          `negative weight ${x} in column '${spec.weights}' at row ${i + 1}`,
          {
            column: spec.weights,
            row: i + 1,
          },
        );
      }
      if (!Number.isFinite(x)) {
        throw new StatsError(
          'INVALID_WEIGHT',
          `infinite weight in column '${spec.weights}' at row ${i + 1}`,
          {
            column: spec.weights,
            row: i + 1,
          },
        );
      }
      weights[i] = 1 / (1 / x);
    }
  } else if (spec.probs !== undefined) {
    const cols = Array.isArray(spec.probs) ? spec.probs : [spec.probs];
    const prob = new Float64Array(n).fill(1);
    for (const c of cols) {
      const p = numericColumn(frame, c);
      for (let i = 0; i < n; i++) {
        const x = p[i];
        if (Number.isNaN(x)) {
          throw new StatsError('MISSING_WEIGHT', `missing probability in column '${c}' at row ${i + 1}`, {
            column: c,
            row: i + 1,
          });
        }
        if (!(x > 0) || x > 1) {
          throw new StatsError(
            'INVALID_WEIGHT',
            `sampling probability ${x} in column '${c}' at row ${i + 1} is not in (0, 1]`,
            {
              column: c,
              row: i + 1,
            },
          );
        }
        prob[i] *= x;
      }
    }
    for (let i = 0; i < n; i++) weights[i] = 1 / prob[i];
  } else if (fpcStages > 0) {
    if (fpcStages < nStages) {
      throw new StatsError(
        'INVALID_ARGUMENT',
        `weights can be derived from the fpc only when every stage has one (${fpcStages} fpc columns, ${nStages} stages); give weights or probs`,
      );
    }
    for (let i = 0; i < n; i++) {
      let prob = 1;
      for (const stage of stages) {
        const h = stage.strata[i];
        const N =
          stage.clusterPopSize !== undefined
            ? stage.clusterPopSize[stage.cluster[i]]
            : (stage.popSize as Float64Array)[h];
        prob *= 1 / (N / stage.sampleSize[h]);
      }
      weights[i] = 1 / prob;
    }
  } else {
    weights.fill(1);
  }
  return weights;
}
