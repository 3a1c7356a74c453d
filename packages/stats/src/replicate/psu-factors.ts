// Replicate factors per PSU (R's "repweights_compressed"): the shared result type of the builders.

/**
 * Replicate factors for PSUs in first-appearance order: replicate r multiplies the sampling weight of
 * every row of PSU p by factors[r·nPsu + p]. Variance = scale · Σ_r rscales_r (θ_r − θ̄)².
 */
export interface PsuFactors {
  nrep: number;
  nPsu: number;
  factors: Float64Array;
  scale: number;
  rscales: Float64Array;
}
