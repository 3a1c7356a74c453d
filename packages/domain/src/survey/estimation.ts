// Literacy estimates through @kepu/stats: the share literate overall and by domain (estimate, SE, logit or
// Korn–Graubard interval, design effect, unweighted n), a suppression rule as data, the change since the last
// survey, and the urban–rural and between-district gaps from the domains' joint covariance.
import {
  type Design,
  estimateStatistic,
  getColumn,
  isNumericColumn,
  pnorm,
  qnorm,
  type SmoothStatistic,
  subset,
  svyciprop,
  svymean,
} from '@kepu/stats';
import { DOMAIN_VARIABLES, type DomainVariable } from './analysis-frame.ts';

/** Cells with fewer respondents than `minN` or a coefficient of variation above `maxCv` are flagged or suppressed. */
export interface SuppressionRule {
  minN: number;
  maxCv: number;
  action: 'flag' | 'suppress';
}

export const DEFAULT_SUPPRESSION: SuppressionRule = { minN: 30, maxCv: 0.3, action: 'suppress' };

export type IntervalMethod = 'logit' | 'beta';

export interface EstimationOptions {
  /** 'logit' (svyciprop's default) or 'beta' (Korn–Graubard); default 'logit'. */
  method?: IntervalMethod;
  level?: number;
  rule?: SuppressionRule;
}

export interface CellEstimate {
  variable: DomainVariable | null;
  level: string | null;
  /** Unweighted number of respondents in the cell. */
  n: number;
  /** Null when the rule suppresses the cell. */
  estimate: number | null;
  se: number | null;
  ci: [number, number] | null;
  deff: number | null;
  cv: number | null;
  df: number;
  status: 'ok' | 'flagged' | 'suppressed';
  reasons: ('small_n' | 'high_cv')[];
}

export interface Difference {
  variable: DomainVariable;
  /** estimate(minuend) − estimate(subtrahend). */
  minuend: string;
  subtrahend: string;
  difference: number;
  se: number;
  ci: [number, number];
  z: number;
  p: number;
}

export interface LiteracyEstimates {
  method: IntervalMethod;
  level: number;
  rule: SuppressionRule;
  overall: CellEstimate;
  domains: CellEstimate[];
  gaps: {
    urbanRural: Difference;
    /** Highest minus lowest district (the two named by their estimates). */
    districtRange: Difference;
    districtPairs: Difference[];
  };
}

const LITERATE = 'literate';

/**
 * R's deff for svymean on the (sub)design: v / (S²(N̂ − n)/(N̂ n)), n the rows with non-zero weight and S² the
 * weighted variance with the n/(n − 1) divisor (as svymean(…, deff = TRUE) computes it, without svyvar's covariance).
 */
function meanDeff(y: Float64Array, w: Float64Array, variance: number): number {
  let psum = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0; i < y.length; i++)
    if (w[i] !== 0) {
      psum += w[i] as number;
      sy += (w[i] as number) * (y[i] as number);
      n++;
    }
  const mean = sy / psum;
  let ss = 0;
  for (let i = 0; i < y.length; i++) if (w[i] !== 0) ss += (w[i] as number) * ((y[i] as number) - mean) ** 2;
  const s2 = (ss / psum) * (n / (n - 1));
  return variance / ((s2 * (psum - n)) / (psum * n));
}

function cell(
  design: Design,
  mask: Uint8Array | null,
  variable: DomainVariable | null,
  level: string | null,
  o: Required<EstimationOptions>,
): CellEstimate {
  const y = getColumn(design.frame, LITERATE) as Float64Array;
  // the domain as R's svyby sees it, subset(design, mask): rows kept with weight 0 outside. (svyciprop's `domain`
  // option leaves the logit fit on a calibrated design over all rows, so the subset is used.)
  const sub = mask === null ? design : subset(design, mask);
  let n = 0;
  let hits = 0;
  for (let i = 0; i < y.length; i++)
    if (mask === null || mask[i] === 1) {
      n++;
      hits += y[i] as number;
    }
  let estimate: number;
  let se: number;
  let df: number;
  let ci: [number, number] | null = null;
  if (hits > 0 && hits < n) {
    const c = svyciprop(sub, LITERATE, { method: o.method, level: o.level });
    ({ estimate, se, ci, df } = c);
  } else {
    // everyone or no one literate: no logit interval (R's glm gives ±∞ too)
    const m = svymean(sub, LITERATE);
    [estimate, se, df] = [m.estimate[0] as number, m.se[0] as number, m.df];
  }
  const deff = meanDeff(y, sub.weights, se * se);
  const cv = estimate > 0 ? se / estimate : Number.POSITIVE_INFINITY;
  const reasons: CellEstimate['reasons'] = [];
  if (n < o.rule.minN) reasons.push('small_n');
  if (!(cv <= o.rule.maxCv)) reasons.push('high_cv');
  const status = reasons.length === 0 ? 'ok' : o.rule.action === 'suppress' ? 'suppressed' : 'flagged';
  const hide = status === 'suppressed';
  return {
    variable,
    level,
    n,
    estimate: hide ? null : estimate,
    se: hide ? null : se,
    ci: hide ? null : ci,
    deff: hide ? null : deff,
    cv: hide ? null : cv,
    df,
    status,
    reasons,
  };
}

function levelsOf(design: Design, v: DomainVariable): { codes: Int32Array; levels: string[] } {
  const raw = getColumn(design.frame, v);
  // a CSV reader makes district codes numbers; levels are compared as text
  const col = isNumericColumn(raw) ? Array.from(raw, (x) => (Number.isNaN(x) ? null : String(x))) : raw;
  const levels = [...new Set(col.filter((x): x is string => x !== null))].sort();
  const index = new Map(levels.map((l, k) => [l, k]));
  return { codes: Int32Array.from(col, (x) => (x === null ? -1 : (index.get(x) as number))), levels };
}

/**
 * Domain means of y for every level at once, as one smooth statistic of 2L totals (Σ y·1_l, Σ 1_l), so their
 * covariance comes from one linearisation over the whole design (R's svyby(…, covmat = TRUE)).
 */
function domainMeans(y: Float64Array, codes: Int32Array, levels: string[]): SmoothStatistic {
  const L = levels.length;
  const contributions: Float64Array[] = [];
  for (let l = 0; l < L; l++) {
    const num = new Float64Array(y.length);
    const den = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++)
      if (codes[i] === l) {
        num[i] = y[i] as number;
        den[i] = 1;
      }
    contributions.push(num, den);
  }
  return {
    names: levels,
    nTotals: 2 * L,
    contributions,
    evaluate: (t) => Float64Array.from(levels, (_, l) => (t[2 * l] as number) / (t[2 * l + 1] as number)),
    jacobian: (t) => {
      const J = new Float64Array(L * 2 * L);
      for (let l = 0; l < L; l++) {
        const den = t[2 * l + 1] as number;
        J[l * 2 * L + 2 * l] = 1 / den;
        J[l * 2 * L + 2 * l + 1] = -(t[2 * l] as number) / (den * den);
      }
      return J;
    },
  };
}

/** Every difference between two levels of a domain variable, with SE from the joint covariance and a normal interval. */
export function domainDifferences(design: Design, v: DomainVariable, level = 0.95): Difference[] {
  const { codes, levels } = levelsOf(design, v);
  const y = getColumn(design.frame, LITERATE) as Float64Array;
  const r = estimateStatistic(design, domainMeans(y, codes, levels));
  const L = levels.length;
  const z = qnorm(1 - (1 - level) / 2);
  const out: Difference[] = [];
  for (let a = 0; a < L; a++)
    for (let b = a + 1; b < L; b++) {
      const d = (r.estimate[a] as number) - (r.estimate[b] as number);
      const va =
        (r.vcov[a * L + a] as number) + (r.vcov[b * L + b] as number) - 2 * (r.vcov[a * L + b] as number);
      const se = Math.sqrt(va);
      out.push({
        variable: v,
        minuend: levels[a] as string,
        subtrahend: levels[b] as string,
        difference: d,
        se,
        ci: [d - z * se, d + z * se],
        z: d / se,
        p: 2 * pnorm(-Math.abs(d / se)),
      });
    }
  return out;
}

/** The same difference the other way round (b − a). */
export const flip = (d: Difference): Difference => ({
  ...d,
  minuend: d.subtrahend,
  subtrahend: d.minuend,
  difference: -d.difference,
  ci: [-d.ci[1], -d.ci[0]],
  z: -d.z,
});

/** The share literate overall and in every domain, with intervals, design effects, the rule applied, and the gaps. */
export function estimateLiteracy(design: Design, options: EstimationOptions = {}): LiteracyEstimates {
  const o: Required<EstimationOptions> = {
    method: options.method ?? 'logit',
    level: options.level ?? 0.95,
    rule: options.rule ?? DEFAULT_SUPPRESSION,
  };
  const domains: CellEstimate[] = [];
  for (const v of DOMAIN_VARIABLES) {
    const { codes, levels } = levelsOf(design, v);
    levels.forEach((level, l) => {
      domains.push(
        cell(
          design,
          Uint8Array.from(codes, (c) => (c === l ? 1 : 0)),
          v,
          level,
          o,
        ),
      );
    });
  }
  const [ur] = domainDifferences(design, 'urbanRural', o.level) as [Difference];
  const pairs = domainDifferences(design, 'district', o.level);
  // the largest difference between two districts is the highest minus the lowest (every pair shares the estimates)
  const range = pairs
    .map((d) => (d.difference >= 0 ? d : flip(d)))
    .reduce((a, b) => (b.difference > a.difference ? b : a));
  return {
    method: o.method,
    level: o.level,
    rule: o.rule,
    overall: cell(design, null, null, null, o),
    domains,
    gaps: {
      urbanRural: ur.minuend === 'urban' ? ur : flip(ur),
      districtRange: range,
      districtPairs: pairs,
    },
  };
}

export interface PublishedEstimate {
  estimate: number;
  se: number;
}

/**
 * Change since the last survey, the two samples independent: difference, SE √(se₁² + se₀²), normal interval,
 * z and two-sided p; `significant` at 1 − level.
 */
export function changeSince(current: PublishedEstimate, previous: PublishedEstimate, level = 0.95) {
  const difference = current.estimate - previous.estimate;
  const se = Math.sqrt(current.se ** 2 + previous.se ** 2);
  const z = difference / se;
  const q = qnorm(1 - (1 - level) / 2);
  const p = 2 * pnorm(-Math.abs(z));
  return {
    difference,
    se,
    ci: [difference - q * se, difference + q * se] as [number, number],
    z,
    p,
    significant: p < 1 - level,
  };
}
