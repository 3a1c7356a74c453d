// Design effects (R's deff): design variance over the variance under simple random sampling.
import type { Design } from '../core/types.ts';

interface SrsParts {
  /** Kish's S² = n/(n−1) Σ w (x − x̄)² / Σ w with n = #non-zero weights. */
  s2: number;
  /** Σ w over the rows in use. */
  psum: number;
  /** #rows with non-zero weight (Taylor) or #rows (replicate), as R counts them. */
  nobs: number;
}

function srsParts(design: Design, x: Float64Array, present: Uint8Array | null): SrsParts {
  const w = design.weights;
  let sw = 0;
  let swx = 0;
  let nz = 0;
  let rows = 0;
  for (let i = 0; i < design.nrow; i++) {
    if (present !== null && present[i] === 0) continue;
    rows++;
    if (w[i] === 0) continue;
    nz++;
    sw += w[i];
    swx += w[i] * x[i];
  }
  const mean = swx / sw;
  let ss = 0;
  for (let i = 0; i < design.nrow; i++) {
    if ((present !== null && present[i] === 0) || w[i] === 0) continue;
    const d = x[i] - mean;
    ss += w[i] * d * d;
  }
  return { s2: ((nz / (nz - 1)) * ss) / sw, psum: sw, nobs: design.kind === 'taylor' ? nz : rows };
}

/**
 * deff of means: v / vsrs with vsrs = S² (N̂ − n)/(N̂ n) (without-replacement SRS of n from N̂,
 * R's svymean(deff = TRUE); NaN when N̂ < n, where R warns and returns NA).
 */
export function deffMean(
  design: Design,
  values: Float64Array[],
  present: Uint8Array | null,
  variances: number[],
): number[] {
  return values.map((x, j) => {
    const { s2, psum, nobs } = srsParts(design, x, present);
    if (design.kind === 'taylor') {
      if (psum < nobs) return Number.NaN;
      return variances[j] / ((s2 * (psum - nobs)) / (psum * nobs));
    }
    return variances[j] / (((s2 / nobs) * (psum - nobs)) / psum);
  });
}

/** deff of totals: v / (S² N̂² (N̂ − n)/(N̂ n)) (R's svytotal(deff = TRUE)). */
export function deffTotal(
  design: Design,
  values: Float64Array[],
  present: Uint8Array | null,
  variances: number[],
): number[] {
  return values.map((x, j) => {
    const { s2, psum, nobs } = srsParts(design, x, present);
    return variances[j] / ((s2 * psum * psum * (psum - nobs)) / (psum * nobs));
  });
}
