// MSE of the Fay–Herriot EBLUPs, as R's sae 1.3 mseFH: g1 + g2 + 2·g3 per area, minus the bias term of ML and of the
// FH moment estimator (Prasad–Rao for FH, Datta–Lahiri for REML and ML).
import type { FhMethod } from './fay-herriot.ts';

export function fhMse(
  method: FhMethod,
  vardir: Float64Array,
  x: { p: number; values: Float64Array },
  a: number,
  q: Float64Array,
): Float64Array {
  const m = vardir.length;
  const { p, values } = x;
  const vi = Float64Array.from(vardir, (d) => 1 / (a + d));
  let sumVi = 0;
  let sumVi2 = 0;
  for (const v of vi) {
    sumVi += v;
    sumVi2 += v * v;
  }
  let varA = 2 / sumVi2;
  let bias = 0;
  if (method === 'ML') {
    // b = −tr(Q X'W²X) / Σ W²
    let tr = 0;
    for (let j = 0; j < p; j++)
      for (let k = 0; k < p; k++) {
        let xw2x = 0;
        for (let i = 0; i < m; i++) xw2x += values[k * m + i] * vi[i] * vi[i] * values[j * m + i];
        tr += q[j * p + k] * xw2x;
      }
    bias = -tr / sumVi2;
  } else if (method === 'FH') {
    varA = (2 * m) / sumVi ** 2;
    bias = (2 * (m * sumVi2 - sumVi ** 2)) / sumVi ** 3;
  }
  const mse = new Float64Array(m);
  for (let d = 0; d < m; d++) {
    const b = vardir[d] * vi[d];
    let xqx = 0;
    for (let j = 0; j < p; j++)
      for (let k = 0; k < p; k++) xqx += values[j * m + d] * q[j * p + k] * values[k * m + d];
    const g1 = vardir[d] * (1 - b);
    const g2 = b * b * xqx;
    const g3 = (b * b * varA) / (a + vardir[d]);
    mse[d] = g1 + g2 + 2 * g3 - bias * b * b;
  }
  return mse;
}
