// Taylor linearisation variance of estimated totals of influence values (R survey's svyrecvar/multistage).
import { StatsError } from '../core/errors.ts';
import type { TaylorDesign } from '../core/types.ts';
import { ppsJointVariance } from './pps-variance.ts';

/**
 * Design covariance matrix (row-major p × p) of the estimated totals Σ_i s_ij, where `scores[j][i]`
 * are weighted influence values s_ij = w_i z_ij (R passes the same x·w to svyrecvar).
 *
 * Formula (R survey 4.1 `svyrecvar` → `multistage` → `onestage` → `onestrat`):
 *   V = Σ_h f_h n_h/(n_h − 1) Σ_{c ∈ h} (t_c − t̄_h)(t_c − t̄_h)'   over first-stage strata h,
 * with t_c the PSU totals, n_h the number of sampled PSUs, f_h = (N_h − n_h)/N_h (1 without fpc).
 * When every stage has an fpc, the stage-k terms within each stage-(k−1) cluster are added, each
 * multiplied by Π_{l<k} n_l/N_l of its ancestors (Särndal et al. 1992, result 4.3.1). A stratum with
 * f < 1e-7 is self-representing and contributes 0. Lonely PSUs (n_h = 1) follow survey.lonely.psu:
 * 'fail' throws, 'remove'/'certainty' contribute 0, 'adjust' centres at 0 (the grand mean of the
 * influence totals), 'average' drops the stratum and scales the sum by #strata/#kept strata.
 *
 * `present` marks the rows that are in the (sub)sample as R sees it after cutting rows for a subset,
 * a domain or na.rm; strata without present rows are skipped exactly as R skips absent strata.
 * Calibration steps on the design residualise `scores` in place first.
 */
export function taylorVariance(
  design: TaylorDesign,
  scores: Float64Array[],
  present: Uint8Array | null = null,
): Float64Array {
  const p = scores.length;
  for (const step of design.calibrations) for (const s of scores) step.residualise(s);
  const pres = keepsAllRows(design) ? null : present;
  const level = deepestStage(design);
  const stage = design.stages[level];
  const cl = stage.cluster;
  const n = design.nrow;
  const tot = new Float64Array(stage.nClusters * p);
  for (let j = 0; j < p; j++) {
    const s = scores[j];
    if (pres === null) for (let i = 0; i < n; i++) tot[cl[i] * p + j] += s[i];
    else for (let i = 0; i < n; i++) if (pres[i] !== 0) tot[cl[i] * p + j] += s[i];
  }
  return clusterTaylorVariance(design, tot, p, clusterPresence(design, pres));
}

/**
 * Calibrated and PPS designs: R's subset keeps every row (weight 0 outside), so no stratum or cluster is
 * ever absent from a domain or na.rm subsample ("[.survey.design2" with is.calibrated or is.pps).
 */
function keepsAllRows(design: TaylorDesign): boolean {
  return design.calibrations.length > 0 || design.spec.pps !== undefined;
}

/** The deepest stage whose clusters the variance needs: all stages when every one has an fpc, else the first. */
export function deepestStage(design: TaylorDesign): number {
  return design.fpcStages >= design.stages.length ? design.stages.length - 1 : 0;
}

/** 1 for clusters of the deepest used stage that have a present row (all when `present` is null). */
export function clusterPresence(design: TaylorDesign, present: Uint8Array | null): Uint8Array {
  const stage = design.stages[deepestStage(design)];
  const out = new Uint8Array(stage.nClusters);
  if (present === null || keepsAllRows(design)) return out.fill(1);
  const cl = stage.cluster;
  for (let i = 0; i < design.nrow; i++) if (present[i] !== 0) out[cl[i]] = 1;
  return out;
}

function parentsOf(design: TaylorDesign, k: number): Int32Array {
  const stage = design.stages[k];
  if (stage.clusterParent !== undefined) return stage.clusterParent;
  const out = new Int32Array(stage.nClusters);
  const parent = design.stages[k - 1].cluster;
  for (let i = 0; i < design.nrow; i++) out[stage.cluster[i]] = parent[i];
  return out;
}

/**
 * The same variance from totals of the weighted influence values per cluster of the deepest used
 * stage (`tot`, row-major nClusters × p) and their presence flags: no pass over the rows, so
 * uncalibrated estimates aggregate their contributions to clusters once and finish here.
 */
export function clusterTaylorVariance(
  design: TaylorDesign,
  tot: Float64Array,
  p: number,
  presence: Uint8Array,
): Float64Array {
  if (design.ppsJoint !== undefined) return ppsJointVariance(design, design.ppsJoint, tot, p);
  const level = deepestStage(design);
  // totals and presence per stage, aggregated upward from the deepest used stage
  const tots: Float64Array[] = [];
  const pres: Uint8Array[] = [];
  tots[level] = tot;
  pres[level] = presence;
  for (let k = level; k > 0; k--) {
    const parents = parentsOf(design, k);
    const up = new Float64Array(design.stages[k - 1].nClusters * p);
    const upPres = new Uint8Array(design.stages[k - 1].nClusters);
    const t = tots[k];
    const pr = pres[k];
    for (let c = 0; c < parents.length; c++) {
      const g = parents[c];
      for (let j = 0; j < p; j++) up[g * p + j] += t[c * p + j];
      if (pr[c] !== 0) upPres[g] = 1;
    }
    tots[k - 1] = up;
    pres[k - 1] = upPres;
  }
  const V = new Float64Array(p * p);
  let multiplier: Float64Array | null = null;
  for (let k = 0; k <= level; k++) {
    const mult: Float64Array | null =
      k === 0 ? null : stratumMultipliers(design, k, multiplier as Float64Array);
    stageVariance(design, k, tots[k], pres[k], p, mult, V);
    multiplier = mult ?? new Float64Array(design.stages[k].nStrata).fill(1);
  }
  return V;
}

// Π_{l<k} n_l/N_l for each stage-k stratum, through its parent cluster at stage k−1 (PPS: n/N = π of that cluster).
function stratumMultipliers(design: TaylorDesign, k: number, prevMult: Float64Array): Float64Array {
  const stage = design.stages[k];
  const prev = design.stages[k - 1];
  const out = new Float64Array(stage.nStrata);
  const parent = stage.strataParent as Int32Array;
  for (let h = 0; h < stage.nStrata; h++) {
    const ph = prev.clusterStratum[parent[h]];
    const N =
      prev.clusterPopSize !== undefined ? prev.clusterPopSize[parent[h]] : (prev.popSize as Float64Array)[ph];
    out[h] = prevMult[ph] * (prev.sampleSize[ph] / N);
  }
  return out;
}

function stageVariance(
  design: TaylorDesign,
  k: number,
  tot: Float64Array,
  clusterPresent: Uint8Array,
  p: number,
  mult: Float64Array | null,
  V: Float64Array,
): void {
  const stage = design.stages[k];
  const nC = stage.nClusters;
  const nS = stage.nStrata;

  // per-stratum means over all design clusters (absent ones contribute 0, as R's zero padding);
  // compensated sums, so that equal PSU totals centre to exactly 0 (R's colMeans accumulates in long double)
  const cs = stage.clusterStratum;
  const mean = new Float64Array(nS * p);
  const comp = new Float64Array(nS * p);
  const nsub = new Int32Array(nS);
  for (let c = 0; c < nC; c++) {
    const h = cs[c];
    nsub[h] += clusterPresent[c];
    for (let j = 0; j < p; j++) {
      const q = h * p + j;
      const x = tot[c * p + j];
      const s = mean[q];
      const t = s + x;
      comp[q] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
      mean[q] = t;
    }
  }
  const nPSU = stage.sampleSize;
  for (let h = 0; h < nS; h++)
    for (let j = 0; j < p; j++) mean[h * p + j] = (mean[h * p + j] + comp[h * p + j]) / nPSU[h];

  // per-stratum scale and lonely-PSU handling
  const lonely = design.lonelyPsu;
  const pop = stage.popSize;
  const scale = new Float64Array(nS);
  const centre = new Uint8Array(nS);
  const dropped = new Uint8Array(nS); // 'average': stratum excluded (NA in R)
  for (let h = 0; h < nS; h++) {
    if (nsub[h] === 0) continue;
    const nh = nPSU[h];
    let f = 1;
    if (pop !== null) f = pop[h] === Number.POSITIVE_INFINITY ? 1 : (pop[h] - nh) / pop[h];
    if (f < 1e-7) {
      scale[h] = 0; // self-representing stratum
      continue;
    }
    scale[h] = nh > 1 ? (f * nh) / (nh - 1) : f;
    centre[h] = lonely !== 'adjust' || nsub[h] > 1 || nh > 1 ? 1 : 0;
    if (nh === 1) {
      if (lonely === 'fail') {
        const label = stage.strataLabels?.[h] ?? String(h);
        throw new StatsError(
          'LONELY_PSU',
          `stratum '${label}' has only one PSU at stage ${k + 1} (lonelyPsu 'fail'; choose remove, certainty, adjust or average)`,
          { stratum: label, stage: k + 1 },
        );
      }
      if (lonely === 'average') dropped[h] = 1;
      if (lonely === 'remove' || lonely === 'certainty') scale[h] = 0;
    }
  }

  const clusterF = stage.clusterPopSize === undefined ? null : brewerFactors(stage, scale);

  // Σ_h scale_h Σ_c (t_c − centre)(t_c − centre)', per group of strata (stage-k strata within a parent)
  const groupOf = k === 0 ? null : (stage.strataParent as Int32Array);
  const nGroups = k === 0 ? 1 : design.stages[k - 1].nClusters;
  const groupV = new Float64Array(nGroups * p * p);
  const d = new Float64Array(p);
  for (let c = 0; c < nC; c++) {
    const h = cs[c];
    if (nsub[h] === 0 || scale[h] === 0 || dropped[h] === 1) continue;
    const g = groupOf === null ? 0 : groupOf[h];
    const sh = clusterF === null ? scale[h] : scale[h] * clusterF[c];
    const sc = mult === null ? sh : sh * mult[h];
    for (let j = 0; j < p; j++) d[j] = tot[c * p + j] - (centre[h] === 1 ? mean[h * p + j] : 0);
    const base = g * p * p;
    for (let a = 0; a < p; a++) {
      const da = d[a] * sc;
      for (let b = 0; b < p; b++) groupV[base + a * p + b] += da * d[b];
    }
  }
  // 'average': scale each group by #present strata / #kept strata
  const nstrat = new Int32Array(nGroups);
  const nok = new Int32Array(nGroups);
  for (let h = 0; h < nS; h++) {
    if (nsub[h] === 0) continue;
    const g = groupOf === null ? 0 : groupOf[h];
    nstrat[g]++;
    if (dropped[h] === 0) nok[g]++;
  }
  for (let g = 0; g < nGroups; g++) {
    if (nstrat[g] === 0) continue;
    const factor = nstrat[g] === nok[g] ? 1 : nstrat[g] / nok[g];
    const base = g * p * p;
    for (let e = 0; e < p * p; e++) V[e] += groupV[base + e] * factor;
  }
}

/**
 * Brewer's approximation (R's onestrat with a per-row fpc): cluster c of stratum h is weighted by
 * f_c = (N_c − n_h)/N_c = 1 − π_c: `scale[h]` is n_h/(n_h − 1) and the returned factor carries f_c (the stratum loop sees no popSize, so f = 1 there). A stratum whose f_c are all < 1e-7 is
 * self-representing (scale 0). PPS designs keep every row in a subsample, so no cluster is absent.
 */
function brewerFactors(stage: TaylorDesign['stages'][number], scale: Float64Array): Float64Array {
  const N = stage.clusterPopSize as Float64Array;
  const cs = stage.clusterStratum;
  const f = new Float64Array(stage.nClusters);
  const allSmall = new Uint8Array(stage.nStrata).fill(1);
  for (let c = 0; c < stage.nClusters; c++) {
    f[c] = N[c] === Number.POSITIVE_INFINITY ? 1 : (N[c] - stage.sampleSize[cs[c]]) / N[c];
    if (!(f[c] < 1e-7)) allSmall[cs[c]] = 0;
  }
  for (let h = 0; h < stage.nStrata; h++) if (allSmall[h] === 1) scale[h] = 0;
  return f;
}
