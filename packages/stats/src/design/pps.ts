// PPS designs without replacement (R survey's svydesign(pps = "brewer" | "overton" | HR())).
import { StatsError } from '../core/errors.ts';
import type { PpsJoint, PpsSpec, TaylorDesign } from '../core/types.ts';

/** The method name of a pps spec, after checking it and the stages it allows (as R's pps_design). */
export function ppsMethod(pps: PpsSpec, nStages: number): 'brewer' | 'overton' | 'HR' {
  const method = typeof pps === 'string' ? pps : pps?.method;
  if (method !== 'brewer' && method !== 'overton' && method !== 'HR') {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `unknown pps method '${String(method)}' (use brewer, overton or { method: 'HR' })`,
    );
  }
  if (method !== 'brewer' && nStages > 1) {
    throw new StatsError(
      'INVALID_ARGUMENT',
      `pps '${method}' handles one-stage designs only (R: "Multistage PPS sampling not supported with this method"); use brewer`,
    );
  }
  return method;
}

/**
 * What the Overton / Hartley–Rao variance needs, from the full design: π of each first-stage cluster
 * (1/weight of its first row, as R takes allprob of the cluster's first row) and, for HR, the Σ π²/n
 * term per stratum: `psum` (one number, or one per stratum label) or the mean π of the stratum's PSUs
 * (R's HR() without psum).
 */
export function ppsJoint(design: TaylorDesign, method: 'overton' | 'HR', pps: PpsSpec): PpsJoint {
  const stage = design.stages[0];
  const prob = new Float64Array(stage.nClusters).fill(Number.NaN);
  for (let i = 0; i < design.nrow; i++) {
    const c = stage.cluster[i];
    if (Number.isNaN(prob[c])) prob[c] = 1 / design.weights[i];
  }
  if (method === 'overton') return { method, prob };
  const psum = typeof pps === 'object' ? pps.psum : undefined;
  const p2bar = new Float64Array(stage.nStrata);
  if (psum === undefined) {
    for (let c = 0; c < stage.nClusters; c++) p2bar[stage.clusterStratum[c]] += prob[c];
    for (let h = 0; h < stage.nStrata; h++) p2bar[h] /= stage.sampleSize[h];
  } else {
    for (let h = 0; h < stage.nStrata; h++) {
      const label = design.strataLabels[h];
      const v = typeof psum === 'number' ? psum : psum[label];
      if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
        throw new StatsError(
          'INVALID_ARGUMENT',
          `Hartley–Rao psum is missing or not a number ≥ 0 for stratum '${label}'`,
          { stratum: label },
        );
      }
      p2bar[h] = v;
    }
  }
  return { method, prob, p2bar };
}
