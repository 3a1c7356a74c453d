// Weighting: design weights adjusted for non-response within cells, raked to census margins, trimmed at a cap and
// re-raked, with a report (weight range, Kish's design effect from weighting, margins before and after).
import {
  type Frame,
  getColumn,
  type Margin,
  makeFrame,
  margin,
  rakeDetailed,
  StatsError,
  svydesign,
  type TaylorDesign,
} from '@kepu/stats';
import { z } from 'zod';
import censusMargins from '../../seed/survey/census-margins-211100.json' with { type: 'json' };
import { DomainError } from '../errors.ts';
import { validationError } from '../validation.ts';
import {
  type AnalysisRespondent,
  analysisFrame,
  RAKING_VARIABLES,
  type RakingVariable,
} from './analysis-frame.ts';
import { AGE_GROUPS, EDUCATION, SEXES, URBAN_RURAL } from './survey.codes.ts';

/* ---------------------------------------------- census margins ---------------------------------------------- */

const counts = z.record(z.string(), z.number().nonnegative().finite());
export const marginsSchema = z
  .strictObject({
    format: z.literal('kepu-survey-margins/1'),
    area: z.string(),
    year: z.int(),
    population: z.string(),
    illustrative: z.boolean(),
    notice: z.string().optional(),
    margins: z.strictObject({
      district: counts,
      sex: counts,
      ageGroup: counts,
      urbanRural: counts,
      education: counts,
    }),
  })
  .superRefine((m, ctx) => {
    const known: Partial<Record<RakingVariable, readonly string[]>> = {
      sex: SEXES,
      ageGroup: AGE_GROUPS,
      urbanRural: URBAN_RURAL,
      education: EDUCATION,
    };
    for (const v of RAKING_VARIABLES) {
      const levels = known[v];
      for (const level of Object.keys(m.margins[v]))
        if (levels ? !levels.includes(level) : !/^\d{6}$/.test(level))
          ctx.addIssue({
            code: 'custom',
            path: ['margins', v, level],
            message: `${level} is not a ${v} code`,
            params: { code: 'survey.unknown_option', field: v, option: level },
          });
    }
    const sums = RAKING_VARIABLES.map((v) => Object.values(m.margins[v]).reduce((s, x) => s + x, 0));
    RAKING_VARIABLES.forEach((v, i) => {
      if (Math.abs((sums[i] as number) - (sums[0] as number)) > 1e-6 * (sums[0] as number))
        ctx.addIssue({
          code: 'custom',
          path: ['margins', v],
          message: `${v} adds up to ${sums[i]}, district to ${sums[0]}`,
          params: {
            code: 'survey.margins_totals_differ',
            field: v,
            total: sums[i] as number,
            expected: sums[0] as number,
          },
        });
    });
  });
export type CensusMargins = z.infer<typeof marginsSchema>;

export function parseMargins(data: unknown): CensusMargins {
  const parsed = marginsSchema.safeParse(data);
  if (!parsed.success) throw validationError('survey.margins_invalid', parsed.error.issues);
  return parsed.data;
}

/** Panjin's shipped margins (editable data; see its `notice` for what they are). */
export function loadCensusMargins(): CensusMargins {
  return parseMargins(censusMargins);
}

export function rakingMargins(m: CensusMargins): Margin[] {
  return RAKING_VARIABLES.map((v) => margin(v, m.margins[v]));
}

/* ---------------------------------------------- non-response ---------------------------------------------- */

export interface SampledPerson {
  designWeight: number;
  responded: boolean;
  /** Adjustment cell, known for non-respondents too (e.g. district × urban/rural of the PSU). */
  cell: string;
}

export interface NonResponseCell {
  cell: string;
  sampled: number;
  responded: number;
  /** Weighted response rate Σ_resp d / Σ_all d, and its inverse, the adjustment factor. */
  rate: number;
  factor: number;
}

/**
 * Weighting-class adjustment: in each cell the respondents' design weights are multiplied by
 * Σ_sampled d / Σ_respondents d, so they carry the non-respondents' weight. A cell without respondents cannot be
 * adjusted: `survey.nonresponse_cell_empty` names it (merge it with a neighbour).
 */
export function nonResponseAdjust(people: readonly SampledPerson[]): {
  weights: Float64Array;
  cells: NonResponseCell[];
} {
  const acc = new Map<string, { all: number; resp: number; sampled: number; responded: number }>();
  for (const p of people) {
    const a = acc.get(p.cell) ?? { all: 0, resp: 0, sampled: 0, responded: 0 };
    a.all += p.designWeight;
    a.sampled++;
    if (p.responded) {
      a.resp += p.designWeight;
      a.responded++;
    }
    acc.set(p.cell, a);
  }
  const cells = [...acc]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cell, a]) => {
      if (a.responded === 0)
        throw new DomainError('survey.nonresponse_cell_empty', `cell ${cell} has no respondents`, { cell });
      return {
        cell,
        sampled: a.sampled,
        responded: a.responded,
        rate: a.resp / a.all,
        factor: a.all / a.resp,
      };
    });
  const factor = new Map(cells.map((c) => [c.cell, c.factor]));
  const weights = new Float64Array(people.length);
  people.forEach((p, i) => {
    weights[i] = p.responded ? p.designWeight * (factor.get(p.cell) as number) : 0;
  });
  return { weights, cells };
}

/* ---------------------------------------------- raking and trimming ---------------------------------------------- */

export interface WeightingOptions {
  /** Cap on a weight as a multiple of the mean final weight (e.g. 3.5); omitted = no trimming. */
  trimCap?: number;
  /** Re-rake rounds after trimming; default 10. */
  maxTrimRounds?: number;
  /** Raking control: at most `maxit` sweeps, until the joint table changes by < epsilon × Σw. */
  maxit?: number;
  epsilon?: number;
}

/** The shipped raking control: 100 sweeps, joint-table change below 1e-10 of the total weight. */
export const RAKE_CONTROL = { maxit: 100, epsilon: 1e-10 } as const;

export interface MarginCheck {
  variable: RakingVariable;
  level: string;
  population: number;
  before: number;
  after: number;
}

export interface WeightingReport {
  n: number;
  min: number;
  max: number;
  mean: number;
  ratio: number;
  /** Kish's design effect from unequal weights: n Σw² / (Σw)². */
  kishDeff: number;
  /** Before raking (the weights handed in). */
  kishDeffBefore: number;
  rakeSweeps: number;
  /** cap as a multiple of the mean, its value, re-rake rounds, weights trimmed over all rounds, largest weight after. */
  trim: { cap: number | null; capValue: number | null; rounds: number; trimmed: number; maxAfter: number };
  margins: MarginCheck[];
}

export interface WeightingResult {
  /** The final design: strata, PSUs and the weights of the last re-rake's start, raked (variance sees that rake). */
  design: TaylorDesign;
  weights: Float64Array;
  /** The weights the last raking started from: with the margins they rebuild `design` exactly (analysis file). */
  startWeights: Float64Array;
  report: WeightingReport;
}

const kish = (w: Float64Array) => {
  let s = 0;
  let s2 = 0;
  for (const x of w) {
    s += x;
    s2 += x * x;
  }
  return (w.length * s2) / (s * s);
};

/**
 * R's trimWeights(upper = cap) (survey 4.1): weights above the cap are set to it and the excess is shared equally
 * among the weights that were not above it, so the total is kept.
 */
export function trimWeights(w: Float64Array, cap: number): { weights: Float64Array; trimmed: number } {
  const out = Float64Array.from(w);
  let excess = 0;
  let trimmed = 0;
  for (let i = 0; i < out.length; i++)
    if ((out[i] as number) > cap) {
      excess += (out[i] as number) - cap;
      out[i] = cap;
      trimmed++;
    }
  const share = excess / (out.length - trimmed);
  if (trimmed > 0)
    for (let i = 0; i < out.length; i++) if ((w[i] as number) <= cap) out[i] = (out[i] as number) + share;
  return { weights: out, trimmed };
}

/** The analysis frame with `weights` as its weight column (a new frame: earlier designs keep theirs). */
function rakeFrom(base: Frame, weights: Float64Array, margins: Margin[], o: WeightingOptions) {
  const frame = makeFrame(new Map([...base.columns, ['weight', weights]]));
  try {
    const start = svydesign(frame, { ids: ['psu'], strata: 'stratum', weights: 'weight' });
    return rakeDetailed(start, margins, {
      maxit: o.maxit ?? RAKE_CONTROL.maxit,
      epsilon: o.epsilon ?? RAKE_CONTROL.epsilon,
    });
  } catch (e) {
    if (e instanceof StatsError)
      throw new DomainError('survey.weighting_failed', e.message, {
        reason: e.code,
        ...(e.details as object),
      });
    throw e;
  }
}

function weightedTotals(frame: Frame, w: Float64Array, v: RakingVariable): Map<string, number> {
  const col = getColumn(frame, v) as (string | null)[];
  const out = new Map<string, number>();
  col.forEach((level, i) => {
    out.set(level ?? '', (out.get(level ?? '') ?? 0) + (w[i] as number));
  });
  return out;
}

/**
 * Rakes the respondents' weights (`weight`: design × non-response) to the census margins, then, with a cap,
 * trims (R's trimWeights) and re-rakes until no weight exceeds the cap by more than 1e-6 of it or the rounds run
 * out; the report's `trim.maxAfter` shows whether re-raking left weights above the cap.
 */
export function weightSurvey(
  respondents: readonly AnalysisRespondent[],
  census: CensusMargins,
  options: WeightingOptions = {},
): WeightingResult {
  const margins = rakingMargins(census);
  const before = Float64Array.from(respondents, (r) => r.weight);
  let start: Float64Array = before;
  const frame = analysisFrame(respondents);
  let raked = rakeFrom(frame, start, margins, options);
  let sweeps = raked.iterations;
  let w = raked.design.weights;
  let rounds = 0;
  let trimmed = 0;
  const mean = w.reduce((s, x) => s + x, 0) / w.length;
  const capValue = options.trimCap === undefined ? null : options.trimCap * mean;
  if (capValue !== null) {
    const maxRounds = options.maxTrimRounds ?? 10;
    while (rounds < maxRounds && Math.max(...w) > capValue * (1 + 1e-6)) {
      const t = trimWeights(w, capValue);
      trimmed += t.trimmed;
      start = t.weights;
      raked = rakeFrom(frame, start, margins, options);
      sweeps += raked.iterations;
      w = raked.design.weights;
      rounds++;
    }
  }
  const checks: MarginCheck[] = RAKING_VARIABLES.flatMap((v) => {
    const b = weightedTotals(frame, before, v);
    const a = weightedTotals(frame, w, v);
    return Object.entries(census.margins[v]).map(([level, population]) => ({
      variable: v,
      level,
      population,
      before: b.get(level) ?? 0,
      after: a.get(level) ?? 0,
    }));
  });
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (const x of w) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  return {
    design: raked.design,
    weights: w,
    startWeights: start,
    report: {
      n: w.length,
      min,
      max,
      mean,
      ratio: max / min,
      kishDeff: kish(w),
      kishDeffBefore: kish(before),
      rakeSweeps: sweeps,
      trim: { cap: options.trimCap ?? null, capValue, rounds, trimmed, maxAfter: max },
      margins: checks,
    },
  };
}
