// Calibration steps recorded on Taylor designs: how each residualises the weighted influence values.
import type { CalibrationStep } from '../core/types.ts';
import type { QrDecomposition } from './householder-qr.ts';
import { qrResid } from './householder-qr.ts';

/**
 * Post-stratification (R's svyrecvar branch for a postStratify index): with old weights d_i and
 * new weights w_i, x_i ← x_i − w_i · m_g(i), m_g = Σ_{j∈g} x_j d_j / w_j / Σ_{j∈g} d_j
 * (the d-weighted mean of the influence values within the post-stratum).
 */
export function postStratifyStep(
  cell: Int32Array,
  nCells: number,
  oldWeights: Float64Array,
  newWeights: Float64Array,
): CalibrationStep {
  return {
    kind: 'poststratify',
    residualise(x: Float64Array): void {
      const num = new Float64Array(nCells);
      const den = new Float64Array(nCells);
      const n = x.length;
      for (let i = 0; i < n; i++) {
        const g = cell[i];
        if (g < 0) continue;
        const psw = newWeights[i] === 0 && oldWeights[i] === 0 ? 1 : newWeights[i];
        num[g] += (x[i] * oldWeights[i]) / psw;
        den[g] += oldWeights[i];
      }
      for (let i = 0; i < n; i++) {
        const g = cell[i];
        if (g < 0 || den[g] === 0) continue;
        x[i] -= (num[g] / den[g]) * newWeights[i];
      }
    },
  };
}

/** One margin of a raking step: cell per row and the weights right after that margin was adjusted. */
export interface RakeMarginState {
  cell: Int32Array;
  nCells: number;
  weights: Float64Array;
}

/**
 * Raking (R's svyrecvar branch for class "raking", since survey 3.6-3): ten sweeps over the margins of
 * the last raking iteration, x_i ← x_i − w_i · mean_{j∈g(i)}(x_j / w_j), an unweighted cell mean with w
 * the weights after that margin's post-stratification.
 */
export function rakeStep(margins: RakeMarginState[], sweeps = 10): CalibrationStep {
  return {
    kind: 'rake',
    residualise(x: Float64Array): void {
      const n = x.length;
      for (let it = 0; it < sweeps; it++) {
        for (const m of margins) {
          const sum = new Float64Array(m.nCells);
          const count = new Float64Array(m.nCells);
          for (let i = 0; i < n; i++) {
            const g = m.cell[i];
            if (g < 0 || m.weights[i] === 0) continue;
            sum[g] += x[i] / m.weights[i];
            count[g]++;
          }
          for (let i = 0; i < n; i++) {
            const g = m.cell[i];
            if (g < 0 || m.weights[i] === 0) continue;
            x[i] -= m.weights[i] * (sum[g] / count[g]);
          }
        }
      }
    },
  };
}

/**
 * Calibration to totals (R's greg_calibration at stage 0): x ← qr.resid(qr(X·√d), x / (g√d)) · g√d,
 * i.e. w_i times the residual of the d-weighted regression of the influence values on the calibration
 * variables. `wcal` = g·√d per row.
 */
export function regressionStep(kind: string, qr: QrDecomposition, wcal: Float64Array): CalibrationStep {
  return {
    kind,
    residualise(x: Float64Array): void {
      const n = x.length;
      const v = new Float64Array(n);
      for (let i = 0; i < n; i++) v[i] = wcal[i] === 0 ? 0 : x[i] / wcal[i];
      const r = qrResid(qr, v);
      for (let i = 0; i < n; i++) x[i] = wcal[i] === 0 ? x[i] : r[i] * wcal[i];
    },
  };
}
