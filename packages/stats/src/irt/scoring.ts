// Person scores: EAP (posterior mean and SD on the quadrature grid, as mirt's fscores) and MAP (posterior mode
// under N(0, σ²), SE from the curvature there).
import { incorrectBase, patternLogLik, posterior } from './estep.ts';
import { type IrtModel, itemAt, traceLines } from './item-model.ts';
import type { ResponsePatterns } from './patterns.ts';
import { priorWeights } from './quadrature.ts';

export interface PersonScores {
  /** one per pattern */
  readonly theta: Float64Array;
  readonly se: Float64Array;
}

export function eapScores(
  model: IrtModel,
  par: Float64Array,
  variance: number,
  data: ResponsePatterns,
  theta: Float64Array,
): PersonScores {
  const K = theta.length;
  const { logP, logQ } = traceLines(model, par, data.nItems, theta);
  const base = incorrectBase(logQ, data.nItems, K);
  const w = priorWeights(theta, variance);
  const ll = new Float64Array(K);
  const post = new Float64Array(K);
  const est = new Float64Array(data.n);
  const se = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) {
    patternLogLik(data, i, logP, logQ, base, ll);
    posterior(ll, w, post);
    let m = 0;
    for (let k = 0; k < K; k++) m += post[k] * theta[k];
    let v = 0;
    for (let k = 0; k < K; k++) v += post[k] * (theta[k] - m) ** 2;
    est[i] = m;
    se[i] = Math.sqrt(v);
  }
  return { theta: est, se };
}

/** First and second derivative in θ of the log-posterior of pattern i. */
function logPosteriorDerivs(
  model: IrtModel,
  par: Float64Array,
  data: ResponsePatterns,
  i: number,
  t: number,
  variance: number,
): [number, number] {
  let g = -t / variance;
  let h = -1 / variance;
  let c = data.correctStart[i];
  let m = data.missingStart[i];
  for (let j = 0; j < data.nItems; j++) {
    const isCorrect = c < data.correctStart[i + 1] && data.correct[c] === j;
    const isMissing = m < data.missingStart[i + 1] && data.missing[m] === j;
    if (isCorrect) c++;
    if (isMissing) {
      m++;
      continue;
    }
    const { a, d, g: guess } = itemAt(model, par, j);
    const s = 1 / (1 + Math.exp(-(a * t + d)));
    const P = guess + (1 - guess) * s;
    const dP = (1 - guess) * a * s * (1 - s);
    const d2P = dP * a * (1 - 2 * s);
    const x = isCorrect ? 1 : 0;
    // d/dθ [x log P + (1 − x) log(1 − P)]
    const l1 = x / P - (1 - x) / (1 - P);
    const l2 = -x / (P * P) - (1 - x) / ((1 - P) * (1 - P));
    g += l1 * dP;
    h += l2 * dP * dP + l1 * d2P;
  }
  return [g, h];
}

export function mapScores(
  model: IrtModel,
  par: Float64Array,
  variance: number,
  data: ResponsePatterns,
  start: PersonScores,
): PersonScores {
  const est = new Float64Array(data.n);
  const se = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) {
    let t = start.theta[i];
    let [g, h] = logPosteriorDerivs(model, par, data, i, t, variance);
    for (let it = 0; it < 100 && Math.abs(g) > 1e-12; it++) {
      let step = h < 0 ? -g / h : Math.sign(g) * 0.5;
      if (Math.abs(step) > 1) step = Math.sign(step);
      t += step;
      [g, h] = logPosteriorDerivs(model, par, data, i, t, variance);
      if (Math.abs(step) < 1e-12) break;
    }
    est[i] = t;
    se[i] = 1 / Math.sqrt(-h);
  }
  return { theta: est, se };
}
