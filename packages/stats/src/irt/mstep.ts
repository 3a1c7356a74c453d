// The M-step of one item: Newton–Raphson on its expected complete-data log-likelihood, with step halving.
import { type GuessPrior, type IrtModel, itemObjective, itemParamCount } from './item-model.ts';

/** Solves H x = g for a small symmetric negative-definite H by Cholesky of −H; null if −H is not positive definite. */
export function solveNegDef(H: Float64Array, g: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = -H[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  }
  // (−H) x = g  →  x is the Newton ascent step
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}

const MAX_NEWTON = 50;

/** Maximises the item's objective from `start` (the item's slice of the parameter vector); returns the new slice. */
export function maximiseItem(
  model: IrtModel,
  start: Float64Array,
  theta: Float64Array,
  r1: Float64Array,
  r0: Float64Array,
  off: number,
  prior?: GuessPrior,
): Float64Array {
  const np = itemParamCount(model);
  let p = Float64Array.from(start);
  let cur = itemObjective(model, p, theta, r1, r0, off, prior);
  for (let it = 0; it < MAX_NEWTON; it++) {
    let step = solveNegDef(cur.hess, cur.grad, np);
    if (!step) {
      // not concave here (3PL): a short gradient step instead
      const norm = Math.hypot(...cur.grad) || 1;
      step = cur.grad.map((v) => (0.1 * v) / norm);
    }
    // at most 1 per parameter and Newton step: near g = 0 the curvature in γ vanishes and a full step would explode
    let big = 0;
    for (let u = 0; u < np; u++) big = Math.max(big, Math.abs(step[u]));
    let scale = big > 1 ? 1 / big : 1;
    let next = p;
    let cand = cur;
    let improved = false;
    for (let h = 0; h < 30; h++) {
      next = p.map((v, u) => v + scale * (step as Float64Array)[u]);
      cand = itemObjective(model, next, theta, r1, r0, off, prior);
      if (cand.value >= cur.value - 1e-12 * Math.abs(cur.value)) {
        improved = true;
        break;
      }
      scale /= 2;
    }
    if (!improved) break;
    let change = 0;
    for (let u = 0; u < np; u++) change = Math.max(change, Math.abs(next[u] - p[u]));
    p = next;
    cur = cand;
    if (change < 1e-12) break;
  }
  return p;
}
