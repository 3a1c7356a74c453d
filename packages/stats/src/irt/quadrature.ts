// The quadrature grid of the Bock–Aitkin EM (mirt's defaults): equally spaced nodes, normal density weights summing to 1.

export interface Quadrature {
  /** the nodes θ_k, equally spaced on [−6, 6] */
  readonly theta: Float64Array;
  /** prior weights w_k ∝ φ(θ_k; 0, σ²), normalised to sum 1 */
  readonly weights: Float64Array;
}

/** `points` equally spaced nodes on [lo, hi] (R: seq(lo, hi, length.out = points)). */
export function quadratureNodes(points: number, lo = -6, hi = 6): Float64Array {
  const theta = new Float64Array(points);
  const step = (hi - lo) / (points - 1);
  for (let k = 0; k < points; k++) theta[k] = lo + k * step;
  return theta;
}

/** Normal prior weights N(0, variance) at the nodes, normalised to sum 1 (mirt: Prior / sum(Prior)). */
export function priorWeights(
  theta: Float64Array,
  variance: number,
  out = new Float64Array(theta.length),
): Float64Array {
  let sum = 0;
  for (let k = 0; k < theta.length; k++) {
    const v = Math.exp((-0.5 * theta[k] * theta[k]) / variance);
    out[k] = v;
    sum += v;
  }
  for (let k = 0; k < theta.length; k++) out[k] /= sum;
  return out;
}

export function quadrature(points: number, variance = 1): Quadrature {
  const theta = quadratureNodes(points);
  return { theta, weights: priorWeights(theta, variance) };
}
