// Sample design helper: sample sizes for a wanted margin of error, allocation across districts, PPS systematic
// selection of PSUs (communities and villages) and equal-probability selection of respondents within them, and the
// design written down as the record estimation uses (stratum, PSU, selection probabilities per respondent).
import { qnorm, seededRandom } from '@kepu/stats';
import { invalid, issue } from '../kernel/field-error.ts';

export interface SampleSizeSpec {
  /** Expected share (e.g. 0.15 for 15 % literate). */
  share: number;
  /** Wanted half-width of the interval, as a share (0.02 = ±2 percentage points). */
  margin: number;
  /** Confidence level, default 0.95. */
  level?: number;
  /** Design effect of the clustered design, default 1. */
  deff?: number;
  /** Expected response rate (0–1], default 1: the issued sample is n / rate. */
  responseRate?: number;
}

export interface SampleSize {
  /** Completed interviews needed without the finite population correction: z² p(1−p) deff / e². */
  n0: number;
  /** With the finite population correction n0 / (1 + (n0 − 1)/N), rounded up (n0 when N is not given). */
  n: number;
  /** Sample to issue: n / response rate, rounded up. */
  issued: number;
}

function check(ok: boolean, field: string, message: string): void {
  if (!ok) throw invalid([issue(field, 'survey.design_value', message)], 'survey.design_invalid');
}

/** Sample size for a share within ±margin at the level, with a design effect and an optional population size. */
export function sampleSize(spec: SampleSizeSpec, population?: number): SampleSize {
  const { share, margin, level = 0.95, deff = 1, responseRate = 1 } = spec;
  check(share > 0 && share < 1, 'share', 'must lie strictly between 0 and 1');
  check(margin > 0 && margin < 1, 'margin', 'must lie strictly between 0 and 1');
  check(level > 0 && level < 1, 'level', 'must lie strictly between 0 and 1');
  check(deff > 0 && Number.isFinite(deff), 'deff', 'must be positive');
  check(responseRate > 0 && responseRate <= 1, 'responseRate', 'must lie in (0, 1]');
  if (population !== undefined) check(population >= 1, 'population', 'must be at least 1');
  const z = qnorm(1 - (1 - level) / 2);
  const n0 = (z * z * share * (1 - share) * deff) / (margin * margin);
  const n = Math.ceil(population === undefined ? n0 : n0 / (1 + (n0 - 1) / population));
  return { n0, n, issued: Math.ceil(n / responseRate) };
}

export interface DistrictFrame {
  district: string;
  /** Population aged 18–69. */
  population: number;
  /** Expected share literate in the district (Neyman allocation: S_h = √(p_h(1 − p_h))); default the overall share. */
  share?: number;
}

/** Sample size for the city and for each district read on its own (same precision in every district). */
export function sampleSizes(spec: SampleSizeSpec, districts: readonly DistrictFrame[]) {
  const total = districts.reduce((s, d) => s + d.population, 0);
  const perDistrict = districts.map((d) => ({
    district: d.district,
    ...sampleSize({ ...spec, share: d.share ?? spec.share }, d.population),
  }));
  return {
    overall: sampleSize(spec, total),
    perDistrict,
    /** Interviews needed for the districts' own precision, summed. */
    districtsTotal: perDistrict.reduce((s, d) => s + d.n, 0),
  };
}

export type Allocation =
  | { method: 'proportional' }
  | { method: 'equal' }
  | { method: 'neyman'; share: number }
  /** Bankier's power allocation n_h ∝ N_h^exponent (1 = proportional, 0 = equal; 0.5 is a common compromise). */
  | { method: 'power'; exponent: number };

/**
 * Allocates n interviews across districts: exact shares by the method, then whole numbers by largest remainder so
 * they add up to n; no district gets more than its population (the excess goes to the others in proportion).
 */
export function allocate(
  n: number,
  districts: readonly DistrictFrame[],
  how: Allocation,
): { district: string; n: number }[] {
  check(Number.isInteger(n) && n >= 1, 'n', 'must be a whole number ≥ 1');
  check(districts.length > 0, 'districts', 'needs at least one district');
  const total = districts.reduce((s, d) => s + d.population, 0);
  check(n <= total, 'n', 'exceeds the population');
  if (how.method === 'power') check(how.exponent >= 0 && how.exponent <= 1, 'exponent', 'must lie in [0, 1]');
  const size = (d: DistrictFrame): number => {
    if (how.method === 'proportional') return d.population;
    if (how.method === 'equal') return 1;
    if (how.method === 'power') return d.population ** how.exponent;
    const p = d.share ?? how.share;
    check(p > 0 && p < 1, 'share', 'must lie strictly between 0 and 1');
    return d.population * Math.sqrt(p * (1 - p));
  };
  const out = districts.map(() => 0);
  const capped = new Set<number>();
  let left = n;
  // exact allocation with caps at the population, re-spread until nothing exceeds its cap
  for (;;) {
    const open = districts.map((_, i) => i).filter((i) => !capped.has(i));
    const weight = open.reduce((s, i) => s + size(districts[i] as DistrictFrame), 0);
    const exact = open.map((i) => (left * size(districts[i] as DistrictFrame)) / weight);
    const over = open.filter((i, k) => (exact[k] as number) > (districts[i] as DistrictFrame).population);
    if (over.length === 0) {
      const floors = exact.map(Math.floor);
      let rest = left - floors.reduce((s, f) => s + f, 0);
      const order = open
        .map((i, k) => ({ i, k, frac: (exact[k] as number) - (floors[k] as number) }))
        .sort((a, b) => b.frac - a.frac || a.i - b.i);
      for (const { i, k } of order) out[i] = (floors[k] as number) + (rest-- > 0 ? 1 : 0);
      break;
    }
    for (const i of over) {
      out[i] = (districts[i] as DistrictFrame).population;
      left -= out[i] as number;
      capped.add(i);
    }
  }
  return districts.map((d, i) => ({ district: d.district, n: out[i] as number }));
}

export interface FrameUnit {
  /** PSU id (a community or village code). */
  id: string;
  /** Measure of size (population 18–69 or households). */
  size: number;
}

export interface SelectedPsu {
  id: string;
  size: number;
  /** Inclusion probability π_i (1 for a certainty unit). */
  prob: number;
  certainty: boolean;
}

/**
 * PPS systematic selection of n units from one stratum's frame, in frame order (sort the frame first for implicit
 * stratification). Units with n·size/Σsize ≥ 1 are taken with certainty (repeatedly, as the remainder shrinks);
 * the rest by a seeded random start r in [0, I) and the points r + kI, I = Σsize/n, over cumulated sizes:
 * π_i = n·size_i/Σsize.
 */
export function ppsSystematic(frame: readonly FrameUnit[], n: number, seed: number): SelectedPsu[] {
  check(Number.isInteger(n) && n >= 1, 'n', 'must be a whole number ≥ 1');
  check(n <= frame.length, 'n', 'exceeds the number of units in the frame');
  for (const [i, u] of frame.entries())
    check(u.size > 0 && Number.isFinite(u.size), `frame[${i}].size`, 'must be positive');
  const certain = new Set<number>();
  let m = n;
  for (;;) {
    const rest = frame.map((u, i) => ({ u, i })).filter(({ i }) => !certain.has(i));
    const sum = rest.reduce((s, { u }) => s + u.size, 0);
    const big = rest.filter(({ u }) => (m * u.size) / sum >= 1);
    if (big.length === 0 || m === 0) break;
    for (const { i } of big) certain.add(i);
    m -= big.length;
    check(m >= 0, 'n', 'is smaller than the number of certainty units');
  }
  const out: SelectedPsu[] = [...certain]
    .sort((a, b) => a - b)
    .map((i) => ({ ...pick(frame[i] as FrameUnit), prob: 1, certainty: true }));
  if (m > 0) {
    const rest = frame.filter((_, i) => !certain.has(i));
    const sum = rest.reduce((s, u) => s + u.size, 0);
    const step = sum / m;
    let point = seededRandom(seed).next() * step;
    let cum = 0;
    for (const u of rest) {
      cum += u.size;
      if (point < cum) {
        out.push({ ...pick(u), prob: (m * u.size) / sum, certainty: false });
        point += step;
      }
    }
  }
  return out;
}

const pick = (u: FrameUnit) => ({ id: u.id, size: u.size });

/**
 * Simple random sample without replacement of m of the M listed people of a PSU (seeded partial Fisher–Yates),
 * in list order; each is selected with probability m/M.
 */
export function selectWithin<T>(
  listed: readonly T[],
  m: number,
  seed: number,
): { selected: T[]; prob: number } {
  check(Number.isInteger(m) && m >= 1, 'm', 'must be a whole number ≥ 1');
  const M = listed.length;
  const take = Math.min(m, M);
  const idx = listed.map((_, i) => i);
  const rnd = seededRandom(seed);
  for (let i = 0; i < take; i++) {
    const j = i + rnd.int(M - i);
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  const chosen = idx.slice(0, take).sort((a, b) => a - b);
  return { selected: chosen.map((i) => listed[i] as T), prob: M === 0 ? 0 : take / M };
}

/** One selected person as estimation sees the design: stratum, PSU and the two stages' probabilities. */
export interface DesignRow {
  stratum: string;
  /** Variance PSU: the community/village, or the person itself inside a certainty PSU (a self-representing unit). */
  psu: string;
  /** First-stage and within-PSU inclusion probabilities; the design weight is 1/(prob1 · prob2). */
  prob1: number;
  prob2: number;
  designWeight: number;
}

/** The design record of a person selected in `psu` of `stratum` (certainty PSUs become strata of their own). */
export function designRow(stratum: string, psu: SelectedPsu, within: number, personId: string): DesignRow {
  return {
    stratum: psu.certainty ? `${stratum}/${psu.id}` : stratum,
    psu: psu.certainty ? `${psu.id}/${personId}` : psu.id,
    prob1: psu.prob,
    prob2: within,
    designWeight: 1 / (psu.prob * within),
  };
}
