// Overton and Hartley–Rao variances of PPS designs without replacement (R survey's ppsvar, variance = "HT").
import type { PpsJoint, TaylorDesign } from '../core/types.ts';

/**
 * V = Σ_h x̌_hᵀ Ď_h x̌_h (R's htvar.matrix), with x̌ the PSU totals of the weighted influence values
 * (`tot`, row-major nClusters × p) and Ď = (π_ij − π_i π_j)/π_ij approximated within each stratum of
 * n_h PSUs (0 across strata), as R's overton2Dcheck and HRDcheck build it:
 *   diagonal 1 − π_i;
 *   Overton      1 − (n_h − (π_i + π_j)/2)/(n_h − 1);
 *   Hartley–Rao  1 − (n_h − (π_i + π_j) + Σπ²/n)/(n_h − 1);
 * an off-diagonal entry is 0 where R's f̄ (the (π_i + π_j)/2 or π_i + π_j above) equals 1. Ď is never
 * stored: each stratum costs O(n_h² p) (PPS without replacement selects PSUs, so n_h is small).
 */
export function ppsJointVariance(
  design: TaylorDesign,
  joint: PpsJoint,
  tot: Float64Array,
  p: number,
): Float64Array {
  const stage = design.stages[0];
  const byStratum: number[][] = Array.from({ length: stage.nStrata }, () => []);
  for (let c = 0; c < stage.nClusters; c++) byStratum[stage.clusterStratum[c]].push(c);
  const { prob, p2bar } = joint;
  const hr = joint.method === 'HR';
  const V = new Float64Array(p * p);
  const dx = new Float64Array(p);
  byStratum.forEach((members, h) => {
    const n = members.length;
    const extra = hr ? (p2bar as Float64Array)[h] : 0;
    for (const i of members) {
      dx.fill(0);
      for (const j of members) {
        let d: number;
        if (i === j) d = 1 - prob[i];
        else {
          const fbar = hr ? prob[i] + prob[j] : (prob[i] + prob[j]) / 2;
          d = fbar === 1 ? 0 : 1 - (n - fbar + extra) / (n - 1);
        }
        if (d === 0) continue;
        for (let b = 0; b < p; b++) dx[b] += d * tot[j * p + b];
      }
      for (let a = 0; a < p; a++) {
        const xa = tot[i * p + a];
        for (let b = 0; b < p; b++) V[a * p + b] += xa * dx[b];
      }
    }
  });
  return V;
}
