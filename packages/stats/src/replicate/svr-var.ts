// Replicate variance of replicate estimates (R's svrVar), with R's mse and NA-replicate rules.

/**
 * R's svrVar: V = scale · Σ_r rscales_r (θ_r − θ̄)(θ_r − θ̄)ᵀ, θ̄ = mean of the replicates with
 * rscales_r > 0, or the full-sample estimate when `mse`. `thetas` is row-major R × p.
 * Replicates that gave NaN are left out (R drops them with a warning); here that is done per
 * statistic and per pair, so one empty domain replicate does not discard it for the others.
 */
export function svrVar(
  thetas: Float64Array,
  nrep: number,
  p: number,
  scale: number,
  rscales: Float64Array,
  mse: boolean,
  estimate: Float64Array,
): Float64Array {
  const centre = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    if (mse) {
      centre[j] = estimate[j];
      continue;
    }
    let s = 0;
    let c = 0;
    for (let r = 0; r < nrep; r++) {
      const t = thetas[r * p + j];
      if (rscales[r] > 0 && !Number.isNaN(t)) {
        s += t;
        c++;
      }
    }
    centre[j] = c > 0 ? s / c : Number.NaN;
  }
  const v = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let l = j; l < p; l++) {
      let s = 0;
      let used = 0;
      for (let r = 0; r < nrep; r++) {
        const a = thetas[r * p + j];
        const b = thetas[r * p + l];
        if (Number.isNaN(a) || Number.isNaN(b)) continue;
        s += rscales[r] * (a - centre[j]) * (b - centre[l]);
        used++;
      }
      const val = nrep === 0 ? 0 : used === 0 ? Number.NaN : s * scale;
      v[j * p + l] = val;
      v[l * p + j] = val;
    }
  }
  return v;
}
