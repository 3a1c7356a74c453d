// Calibration functions F⁻¹(u) − 1 and their derivatives (R survey's cal.linear, cal.raking, cal.logit).
// Shared by the calibration solver (src/calibrate/grake.ts) and the replicate weights it leaves behind
// (src/replicate/columns.ts), so a replicate's g is computed by the same arithmetic in both places.

export type CalibrationFunction = 'linear' | 'raking' | 'logit';

/** Bounds on g (R's bounds = c(lower, upper)); ±Infinity = unbounded. */
export interface CalibrationBounds {
  lower: number;
  upper: number;
}

export interface Calfun {
  /** F⁻¹(u) − 1, so g = 1 + fm1(xᵀη). */
  fm1(u: number): number;
  /** Its derivative. */
  df(u: number): number;
}

/**
 * Linear and raking are clipped to the bounds (unbounded linear is exactly u, the GREG g = 1 + xᵀλ);
 * logit (Deville–Särndal's bounded function, finite L < 1 < U) keeps g in (L, U):
 * g = (L(U − 1) + U(1 − L)e^{Au})/(U − 1 + (1 − L)e^{Au}) with A = (U − L)/((U − 1)(1 − L)).
 */
export function calibrationFunction(kind: CalibrationFunction, b: CalibrationBounds): Calfun {
  if (kind === 'logit') {
    const { lower: L, upper: U } = b;
    const A = (U - L) / ((U - 1) * (1 - L));
    return {
      fm1: (u) => {
        const e = Math.exp(A * u);
        return (L * (U - 1) + U * (1 - L) * e) / (U - 1 + (1 - L) * e) - 1;
      },
      df: (u) => {
        const e = Math.exp(A * u);
        const den = U - 1 + (1 - L) * e;
        return (U * (1 - L) * e * A) / den - ((L * (U - 1) + U * (1 - L) * e) * ((1 - L) * e * A)) / den ** 2;
      },
    };
  }
  if (kind === 'linear') {
    if (b.lower === Number.NEGATIVE_INFINITY && b.upper === Number.POSITIVE_INFINITY) {
      return { fm1: (u) => u, df: () => 1 };
    }
    return {
      fm1: (u) => Math.min(Math.max(u + 1, b.lower), b.upper) - 1,
      df: (u) => (u < b.upper - 1 && u > b.lower - 1 ? 1 : 0),
    };
  }
  return {
    fm1: (u) => Math.min(Math.max(Math.exp(u), b.lower), b.upper) - 1,
    df: (u) => (u < b.upper - 1 && u > b.lower - 1 ? Math.exp(u) : 0),
  };
}
