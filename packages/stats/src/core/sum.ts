// Compensated (double-double) summation: a stand-in for R's long-double accumulators where the last bit matters.

/** Σ x_i with error-free transformations (TwoSum), rounded once at the end. */
export function compensatedSum(x: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const t = s + xi;
    const bp = t - s;
    c += s - (t - bp) + (xi - bp);
    s = t;
  }
  return s + c;
}

/** Running sums like R's cumsum (long-double accumulator), each rounded once to double. */
export function compensatedCumsum(x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(x.length);
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const t = s + xi;
    const bp = t - s;
    c += s - (t - bp) + (xi - bp);
    s = t;
    out[i] = s + c;
  }
  return out;
}
