// The item response functions: Rasch (a = 1), 2PL and 3PL (guessing g = logistic(γ), estimated as γ like mirt).
// P(θ) = g + (1 − g) · logistic(a·θ + d); the parameter vector holds per item [d] (Rasch), [a, d] (2PL) or [a, d, γ].

export type IrtModel = 'rasch' | '2PL' | '3PL';

/** Number of free parameters of one item. */
export function itemParamCount(model: IrtModel): number {
  return model === 'rasch' ? 1 : model === '2PL' ? 2 : 3;
}

/** Slope, intercept and guessing of item j read from the packed parameter vector. */
export function itemAt(model: IrtModel, par: Float64Array, j: number): { a: number; d: number; g: number } {
  const np = itemParamCount(model);
  const o = j * np;
  if (model === 'rasch') return { a: 1, d: par[o], g: 0 };
  return { a: par[o], d: par[o + 1], g: model === '3PL' ? logistic(par[o + 2]) : 0 };
}

export const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** log P and log(1 − P) of every item at every node (row-major item × node). */
export function traceLines(model: IrtModel, par: Float64Array, nItems: number, theta: Float64Array) {
  const K = theta.length;
  const logP = new Float64Array(nItems * K);
  const logQ = new Float64Array(nItems * K);
  for (let j = 0; j < nItems; j++) {
    const { a, d, g } = itemAt(model, par, j);
    for (let k = 0; k < K; k++) {
      const z = a * theta[k] + d;
      // log logistic(z) and log(1 − logistic(z)) without cancellation
      const lp = z > 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
      const lq = lp - z;
      if (g === 0) {
        logP[j * K + k] = lp;
        logQ[j * K + k] = lq;
      } else {
        const s = Math.exp(lp);
        logP[j * K + k] = Math.log(g + (1 - g) * s);
        logQ[j * K + k] = Math.log1p(-g) + lq;
      }
    }
  }
  return { logP, logQ };
}

/** Beta(α, β) prior on the guessing probability g (mirt's `expbeta` prior on γ). */
export interface GuessPrior {
  readonly alpha: number;
  readonly beta: number;
}

export interface ItemObjective {
  value: number;
  grad: Float64Array;
  /** row-major np × np */
  hess: Float64Array;
}

/**
 * The item's expected complete-data log-likelihood Σ_k r1_k log P_k + r0_k log(1 − P_k) (+ log prior of g),
 * its gradient and Hessian in the item's own parameters. r1/r0 are the expected correct/incorrect counts at the nodes.
 */
export function itemObjective(
  model: IrtModel,
  p: Float64Array,
  theta: Float64Array,
  r1: Float64Array,
  r0: Float64Array,
  off: number,
  prior?: GuessPrior,
): ItemObjective {
  const np = itemParamCount(model);
  const a = model === 'rasch' ? 1 : p[0];
  const d = model === 'rasch' ? p[0] : p[1];
  const guess = model === '3PL';
  const g = guess ? logistic(p[2]) : 0;
  const gg = g * (1 - g);
  const grad = new Float64Array(np);
  const hess = new Float64Array(np * np);
  const dP = new Float64Array(3);
  const d2P = new Float64Array(9);
  let value = 0;
  for (let k = 0; k < theta.length; k++) {
    const t = theta[k];
    const z = a * t + d;
    const s = logistic(z);
    const P = g + (1 - g) * s;
    const Q = (1 - g) * (1 - s);
    const n1 = r1[off + k];
    const n0 = r0[off + k];
    if (n1 > 0) value += n1 * Math.log(P);
    if (n0 > 0) value += n0 * Math.log(Q);
    const l1 = n1 / P - n0 / Q;
    const l2 = -n1 / (P * P) - n0 / (Q * Q);
    const s1 = (1 - g) * s * (1 - s);
    const s2 = s1 * (1 - 2 * s);
    // derivatives of P in the free parameters (a, d, γ) or (d)
    if (model === 'rasch') {
      dP[0] = s1;
      d2P[0] = s2;
    } else {
      dP[0] = s1 * t;
      dP[1] = s1;
      d2P[0] = s2 * t * t;
      d2P[1] = d2P[np] = s2 * t;
      d2P[np + 1] = s2;
      if (guess) {
        const q = (1 - s) * gg;
        dP[2] = q;
        d2P[2] = d2P[6] = -gg * s * (1 - s) * t;
        d2P[5] = d2P[7] = -gg * s * (1 - s);
        d2P[8] = q * (1 - 2 * g);
      }
    }
    for (let u = 0; u < np; u++) {
      grad[u] += l1 * dP[u];
      for (let v = 0; v < np; v++) hess[u * np + v] += l2 * dP[u] * dP[v] + l1 * d2P[u * np + v];
    }
  }
  if (guess && prior) {
    const { alpha, beta } = prior;
    value += (alpha - 1) * Math.log(g) + (beta - 1) * Math.log1p(-g);
    grad[2] += (alpha - 1) * (1 - g) - (beta - 1) * g;
    hess[8] += -(alpha + beta - 2) * gg;
  }
  return { value, grad, hess };
}
