// The E-step: posterior of θ over the nodes for every response pattern, accumulated into expected counts.
import { GROUP_CODES, groupTables, spreadGroupSums } from './group-tables.ts';
import type { ResponsePatterns } from './patterns.ts';

export interface ExpectedCounts {
  /** expected number of correct answers to item j at node k (row-major item × node) */
  readonly r1: Float64Array;
  /** expected number of incorrect answers */
  readonly r0: Float64Array;
  /** expected number of respondents at node k */
  readonly nk: Float64Array;
  /** marginal log-likelihood Σ_i f_i log Σ_k w_k L_i(θ_k) */
  readonly logLik: number;
}

/**
 * Log-likelihood of one pattern at every node into `out` (log L_i(θ_k)); base holds Σ_j log(1 − P_jk).
 * Only the items answered correctly or missing are visited.
 */
export function patternLogLik(
  data: ResponsePatterns,
  i: number,
  logP: Float64Array,
  logQ: Float64Array,
  base: Float64Array,
  out: Float64Array,
): void {
  const K = base.length;
  out.set(base);
  for (let c = data.correctStart[i]; c < data.correctStart[i + 1]; c++) {
    const o = data.correct[c] * K;
    for (let k = 0; k < K; k++) out[k] += logP[o + k] - logQ[o + k];
  }
  for (let c = data.missingStart[i]; c < data.missingStart[i + 1]; c++) {
    const o = data.missing[c] * K;
    for (let k = 0; k < K; k++) out[k] -= logQ[o + k];
  }
}

/** Σ_j log(1 − P_jk) per node. */
export function incorrectBase(logQ: Float64Array, nItems: number, K: number): Float64Array {
  const base = new Float64Array(K);
  for (let j = 0; j < nItems; j++) for (let k = 0; k < K; k++) base[k] += logQ[j * K + k];
  return base;
}

/**
 * Normalised posterior of pattern i over the nodes into `post` (from its log-likelihood `ll`); returns
 * log Σ_k w_k L_i(θ_k).
 */
export function posterior(ll: Float64Array, weights: Float64Array, post: Float64Array): number {
  const K = ll.length;
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (ll[k] > max) max = ll[k];
  let sum = 0;
  for (let k = 0; k < K; k++) {
    const v = weights[k] * Math.exp(ll[k] - max);
    post[k] = v;
    sum += v;
  }
  for (let k = 0; k < K; k++) post[k] /= sum;
  return Math.log(sum) + max;
}

export function eStep(
  data: ResponsePatterns,
  logP: Float64Array,
  logQ: Float64Array,
  weights: Float64Array,
): ExpectedCounts {
  const K = weights.length;
  const J = data.nItems;
  const r1 = new Float64Array(J * K);
  const miss = new Float64Array(J * K);
  const nk = new Float64Array(K);
  const base = incorrectBase(logQ, J, K);
  const diff = new Float64Array(J * K);
  for (let x = 0; x < J * K; x++) diff[x] = logP[x] - logQ[x];
  const { codes, groups, complete, correct, correctStart, missing, missingStart, freq } = data;
  const table = groupTables(diff, J, K, groups);
  // fold the base into the first group's rows (group 0 exists for every pattern)
  for (let c = 0; c < GROUP_CODES; c++) for (let k = 0; k < K; k++) table[c * K + k] += base[k];
  const sums = new Float64Array(table.length);
  const ll = new Float64Array(K);
  let logLik = 0;
  for (let i = 0; i < data.n; i++) {
    const f = freq[i];
    if (f === 0) continue;
    const fast = complete[i] === 1;
    let max = -Infinity;
    if (fast) {
      // the first group's rows already include the base (see tableWithBase)
      const o0 = codes[i * groups] * K;
      if (groups === 1) {
        for (let k = 0; k < K; k++) {
          const v = table[o0 + k];
          ll[k] = v;
          if (v > max) max = v;
        }
      } else {
        for (let k = 0; k < K; k++) ll[k] = table[o0 + k];
        for (let g = 1; g < groups - 1; g++) {
          const o = (g * GROUP_CODES + codes[i * groups + g]) * K;
          for (let k = 0; k < K; k++) ll[k] += table[o + k];
        }
        const o = ((groups - 1) * GROUP_CODES + codes[i * groups + groups - 1]) * K;
        for (let k = 0; k < K; k++) {
          const v = ll[k] + table[o + k];
          ll[k] = v;
          if (v > max) max = v;
        }
      }
    } else {
      ll.set(base);
      for (let c = correctStart[i]; c < correctStart[i + 1]; c++) {
        const o = correct[c] * K;
        for (let k = 0; k < K; k++) ll[k] += diff[o + k];
      }
      for (let c = missingStart[i]; c < missingStart[i + 1]; c++) {
        const o = missing[c] * K;
        for (let k = 0; k < K; k++) ll[k] -= logQ[o + k];
      }
      for (let k = 0; k < K; k++) if (ll[k] > max) max = ll[k];
    }
    let sum = 0;
    for (let k = 0; k < K; k++) {
      // terms below e^−50 of the largest add nothing at double precision to the sums they enter
      const e = ll[k] - max;
      const v = e > -50 ? weights[k] * Math.exp(e) : 0;
      ll[k] = v;
      sum += v;
    }
    logLik += f * (Math.log(sum) + max);
    // ll now holds the unnormalised posterior; scale it to f · posterior
    const scale = f / sum;
    if (fast) {
      const o0 = codes[i * groups] * K;
      for (let k = 0; k < K; k++) {
        const v = ll[k] * scale;
        ll[k] = v;
        nk[k] += v;
        sums[o0 + k] += v;
      }
      for (let g = 1; g < groups; g++) {
        const o = (g * GROUP_CODES + codes[i * groups + g]) * K;
        for (let k = 0; k < K; k++) sums[o + k] += ll[k];
      }
      continue;
    }
    for (let k = 0; k < K; k++) {
      const v = ll[k] * scale;
      ll[k] = v;
      nk[k] += v;
    }
    for (let c = correctStart[i]; c < correctStart[i + 1]; c++) {
      const o = correct[c] * K;
      for (let k = 0; k < K; k++) r1[o + k] += ll[k];
    }
    for (let c = missingStart[i]; c < missingStart[i + 1]; c++) {
      const o = missing[c] * K;
      for (let k = 0; k < K; k++) miss[o + k] += ll[k];
    }
  }
  spreadGroupSums(sums, r1, J, K, groups);
  const r0 = new Float64Array(J * K);
  for (let j = 0; j < J; j++)
    for (let k = 0; k < K; k++) r0[j * K + k] = Math.max(0, nk[k] - r1[j * K + k] - miss[j * K + k]);
  return { r1, r0, nk, logLik };
}
