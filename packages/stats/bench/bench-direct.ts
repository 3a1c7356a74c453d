// An independent check of the grouped-jackknife domain means: the variance formula evaluated directly.

/**
 * For domain d: θ_r = Σ_{g(i)≠r, dom(i)=d} w y / Σ_{g(i)≠r, dom(i)=d} w (the factor G/(G−1) cancels),
 * var = (G−1)/G · Σ_r (θ_r − θ̄)². Group and domain codes are taken as given (1-based integers).
 */
export function directGroupedJackknifeByDomain(
  w: Float64Array,
  y: Float64Array,
  group: Float64Array,
  domain: Float64Array,
): { estimate: number[]; se: number[] } {
  const G = Math.max(...new Set(group));
  const D = Math.max(...new Set(domain));
  const swy = new Float64Array((G + 1) * (D + 1));
  const sw = new Float64Array((G + 1) * (D + 1));
  for (let i = 0; i < w.length; i++) {
    const k = group[i] * (D + 1) + domain[i];
    swy[k] += w[i] * y[i];
    sw[k] += w[i];
  }
  const estimate: number[] = [];
  const se: number[] = [];
  for (let d = 1; d <= D; d++) {
    let totY = 0;
    let totW = 0;
    for (let g = 1; g <= G; g++) {
      totY += swy[g * (D + 1) + d];
      totW += sw[g * (D + 1) + d];
    }
    const theta: number[] = [];
    for (let r = 1; r <= G; r++) theta.push((totY - swy[r * (D + 1) + d]) / (totW - sw[r * (D + 1) + d]));
    const mean = theta.reduce((a, b) => a + b, 0) / G;
    estimate.push(totY / totW);
    se.push(Math.sqrt(((G - 1) / G) * theta.reduce((a, t) => a + (t - mean) ** 2, 0)));
  }
  return { estimate, se };
}
