// The result shape shared by svymean, svytotal, svyratio and svyciprop-style estimates.
import type { Design, VarianceResult } from '../core/types.ts';
import { computeDegf } from '../design/degf.ts';
import { replicateDegf } from '../replicate/degf.ts';

/** Estimates with their covariance, like R's svystat (coef, SE, vcov, deff). */
export interface SvyStat {
  statistic: 'mean' | 'total' | 'ratio';
  names: string[];
  estimate: number[];
  se: number[];
  /** Full covariance matrix, p × p. */
  vcov: number[][];
  /** Design effects (R's deff), when requested. */
  deff?: number[];
  /** Degrees of freedom of the design (restricted to the domain), R's degf(). */
  df: number;
}

export function toMatrix(v: Float64Array, p: number): number[][] {
  const out: number[][] = [];
  for (let a = 0; a < p; a++) out.push(Array.from(v.subarray(a * p, (a + 1) * p)));
  return out;
}

export function toSvyStat(
  statistic: SvyStat['statistic'],
  vr: VarianceResult,
  df: number,
  deff?: number[],
): SvyStat {
  const p = vr.estimate.length;
  const se: number[] = [];
  for (let j = 0; j < p; j++) se.push(Math.sqrt(vr.vcov[j * p + j]));
  const out: SvyStat = {
    statistic,
    names: vr.names.slice(),
    estimate: Array.from(vr.estimate),
    se,
    vcov: toMatrix(vr.vcov, p),
    df,
  };
  if (deff !== undefined) out.deff = deff;
  return out;
}

/** degf of the design restricted to a domain (R: degf(design[domain, ])). */
export function domainDegf(design: Design, domain: Uint8Array | null | undefined): number {
  if (domain === null || domain === undefined) return design.kind === 'taylor' ? design.degf : design.df;
  if (design.kind === 'taylor') return computeDegf(design, domain);
  let mask = domain;
  if (design.subset !== null)
    mask = Uint8Array.from(domain, (v, i) => (v !== 0 && (design.subset as Uint8Array)[i] !== 0 ? 1 : 0));
  return replicateDegf(design.replicates, design.weights, mask);
}
