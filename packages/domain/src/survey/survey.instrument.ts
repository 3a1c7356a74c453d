// A survey instrument as data, versioned: items with keyed answers, dimensions with points, the scoring rule and the
// demographics block. JSON in and out; every problem names its field (`items[3].key`) with a `survey.…` code.
import { z } from 'zod';
import shippedInstrument from '../../seed/survey/instrument-illustrative.json' with { type: 'json' };
import { DomainError } from '../errors.ts';
import { validationError } from '../validation.ts';
import {
  AGE_MAX,
  AGE_MIN,
  DEMOGRAPHIC_FIELDS,
  EDUCATION,
  OCCUPATIONS,
  SEXES,
  TARGET_GROUPS,
  URBAN_RURAL,
} from './survey.codes.ts';

export const INSTRUMENT_FORMAT = 'kepu-survey-instrument/1';

const code = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const text = z.string().trim().min(1).max(2000);
const option = z.strictObject({ code, text });
const itemBase = { code, text, dimension: code, weight: z.number().positive().finite().optional() };

const itemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemBase, kind: z.literal('true_false'), key: z.boolean() }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('single'),
    options: z.array(option).min(2).max(12),
    key: code,
  }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('multiple'),
    options: z.array(option).min(2).max(12),
    key: z.array(code).min(1),
  }),
]);

const dimensionSchema = z.strictObject({ code, points: z.number().positive().finite().optional() });

const share = z.number().gt(0).lte(1);
const pointsRule = z.strictObject({
  kind: z.literal('dimension-points'),
  /** 较高 ≥ high, 具备 ≥ literate, 基本 ≥ basic, on a 100-point total. */
  thresholds: z.strictObject({
    high: z.number().finite(),
    literate: z.number().finite(),
    basic: z.number().finite(),
  }),
});
const benchmarkRule = z.strictObject({
  kind: z.literal('benchmark-2016'),
  itemsPerForm: z.int().positive(),
  pointsPerItem: z.number().positive().finite(),
  passShare: share,
});
const threePartRule = z.strictObject({
  kind: z.literal('three-part'),
  parts: z.array(z.strictObject({ dimension: code, passShare: share })).min(1),
});
export const scoringRuleSchema = z.discriminatedUnion('kind', [pointsRule, benchmarkRule, threePartRule]);

const questionSchema = z.strictObject({
  field: z.enum(DEMOGRAPHIC_FIELDS),
  text,
  options: z.array(option).min(1).optional(),
  min: z.int().optional(),
  max: z.int().optional(),
});

/** Codes a demographics question may offer, per field (district: any county-level area code). */
const allowedOptions: Partial<Record<(typeof DEMOGRAPHIC_FIELDS)[number], readonly string[]>> = {
  sex: SEXES,
  education: EDUCATION,
  occupation: OCCUPATIONS,
  urbanRural: URBAN_RURAL,
  targetGroup: TARGET_GROUPS,
};

const bad = (ctx: z.core.$RefinementCtx, path: PropertyKey[], c: string, message: string, params = {}) =>
  ctx.addIssue({ code: 'custom', path, message, params: { code: c, ...params } });

function duplicates(codes: readonly string[]): Map<number, string> {
  const seen = new Set<string>();
  const out = new Map<number, string>();
  codes.forEach((c, i) => {
    if (seen.has(c)) out.set(i, c);
    seen.add(c);
  });
  return out;
}

export const instrumentSchema = z
  .strictObject({
    format: z.literal(INSTRUMENT_FORMAT),
    code,
    version: z.int().positive(),
    title: text,
    /** True for an instrument that is not an official item bank (the shipped one); shown with `notice`. */
    illustrative: z.boolean(),
    notice: text.optional(),
    consent: text,
    dimensions: z.array(dimensionSchema).min(1),
    items: z.array(itemSchema).min(1),
    scoring: scoringRuleSchema,
    demographics: z.array(questionSchema),
  })
  .superRefine((inst, ctx) => {
    const dims = new Set(inst.dimensions.map((d) => d.code));
    for (const [i, c] of duplicates(inst.dimensions.map((d) => d.code)))
      bad(ctx, ['dimensions', i, 'code'], 'survey.duplicate_dimension', `dimension ${c} appears twice`, {
        code: c,
      });
    for (const [i, c] of duplicates(inst.items.map((d) => d.code)))
      bad(ctx, ['items', i, 'code'], 'survey.duplicate_item', `item ${c} appears twice`, { item: c });
    inst.items.forEach((item, i) => {
      if (!dims.has(item.dimension))
        bad(ctx, ['items', i, 'dimension'], 'survey.unknown_dimension', `no dimension ${item.dimension}`, {
          dimension: item.dimension,
        });
      if (item.kind === 'true_false') return;
      const options = item.options.map((o) => o.code);
      for (const [j, c] of duplicates(options))
        bad(ctx, ['items', i, 'options', j, 'code'], 'survey.duplicate_option', `option ${c} appears twice`, {
          option: c,
        });
      const keys = item.kind === 'single' ? [item.key] : item.key;
      keys.forEach((k, j) => {
        if (!options.includes(k))
          bad(
            ctx,
            item.kind === 'single' ? ['items', i, 'key'] : ['items', i, 'key', j],
            'survey.key_not_an_option',
            `key ${k} is not an option of item ${item.code}`,
            { item: item.code, option: k },
          );
      });
      if (item.kind === 'multiple')
        for (const [j, c] of duplicates(item.key))
          bad(ctx, ['items', i, 'key', j], 'survey.duplicate_option', `key ${c} appears twice`, {
            option: c,
          });
    });
    const itemsPer = (d: string) => inst.items.filter((it) => it.dimension === d).length;
    inst.dimensions.forEach((d, i) => {
      if (itemsPer(d.code) === 0)
        bad(
          ctx,
          ['dimensions', i, 'code'],
          'survey.dimension_without_items',
          `dimension ${d.code} has no items`,
          {
            dimension: d.code,
          },
        );
    });
    checkRule(inst, ctx);
    checkDemographics(inst.demographics, ctx);
  });

function checkRule(inst: z.infer<typeof instrumentSchema>, ctx: z.core.$RefinementCtx): void {
  const rule = inst.scoring;
  if (rule.kind === 'dimension-points') {
    inst.dimensions.forEach((d, i) => {
      if (d.points === undefined)
        bad(
          ctx,
          ['dimensions', i, 'points'],
          'survey.dimension_points_missing',
          `dimension ${d.code} needs points`,
          {
            dimension: d.code,
          },
        );
    });
    const total = inst.dimensions.reduce((s, d) => s + (d.points ?? 0), 0);
    if (Math.abs(total - 100) > 1e-9)
      bad(
        ctx,
        ['dimensions'],
        'survey.dimension_points_total',
        `dimension points add up to ${total}, not 100`,
        {
          total,
        },
      );
    const { high, literate, basic } = rule.thresholds;
    if (!(high >= literate && literate >= basic && basic >= 0 && high <= 100))
      bad(
        ctx,
        ['scoring', 'thresholds'],
        'survey.thresholds_order',
        'thresholds need 0 ≤ basic ≤ literate ≤ high ≤ 100',
      );
  } else if (rule.kind === 'benchmark-2016') {
    if (inst.items.length < rule.itemsPerForm)
      bad(
        ctx,
        ['scoring', 'itemsPerForm'],
        'survey.bank_too_small',
        `the bank has fewer than ${rule.itemsPerForm} items`,
        {
          bank: inst.items.length,
          form: rule.itemsPerForm,
        },
      );
  } else {
    const dims = new Set(inst.dimensions.map((d) => d.code));
    rule.parts.forEach((p, i) => {
      if (!dims.has(p.dimension))
        bad(
          ctx,
          ['scoring', 'parts', i, 'dimension'],
          'survey.unknown_dimension',
          `no dimension ${p.dimension}`,
          {
            dimension: p.dimension,
          },
        );
    });
  }
}

function checkDemographics(questions: z.infer<typeof questionSchema>[], ctx: z.core.$RefinementCtx): void {
  for (const [i, f] of duplicates(questions.map((q) => q.field)))
    bad(ctx, ['demographics', i, 'field'], 'survey.duplicate_question', `${f} is asked twice`, { field: f });
  for (const f of DEMOGRAPHIC_FIELDS)
    if (!questions.some((q) => q.field === f))
      bad(ctx, ['demographics'], 'survey.question_missing', `the demographics block does not ask ${f}`, {
        field: f,
      });
  questions.forEach((q, i) => {
    if (q.field === 'age') {
      const min = q.min ?? AGE_MIN;
      const max = q.max ?? AGE_MAX;
      if (min < AGE_MIN || max > AGE_MAX || min > max)
        bad(ctx, ['demographics', i], 'survey.age_range', `ages must lie within ${AGE_MIN}–${AGE_MAX}`, {
          min: AGE_MIN,
          max: AGE_MAX,
        });
      return;
    }
    if (!q.options) {
      bad(ctx, ['demographics', i, 'options'], 'survey.options_missing', `${q.field} needs options`, {
        field: q.field,
      });
      return;
    }
    const allowed = allowedOptions[q.field];
    q.options.forEach((o, j) => {
      const ok = allowed ? allowed.includes(o.code) : /^\d{6}$/.test(o.code);
      if (!ok)
        bad(
          ctx,
          ['demographics', i, 'options', j, 'code'],
          'survey.unknown_option',
          `${o.code} is not a ${q.field} code`,
          {
            field: q.field,
            option: o.code,
          },
        );
    });
  });
}

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentItem = Instrument['items'][number];
export type Dimension = Instrument['dimensions'][number];
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
export type DemographicQuestion = Instrument['demographics'][number];

/** An instrument from parsed JSON; a 400 `survey.instrument_invalid` listing every problem with its field path. */
export function parseInstrument(data: unknown): Instrument {
  const parsed = instrumentSchema.safeParse(data);
  if (!parsed.success) throw validationError('survey.instrument_invalid', parsed.error.issues);
  return parsed.data;
}

/** An instrument from JSON text (an uploaded file); text that is not JSON is `survey.instrument_not_json`. */
export function importInstrument(json: string): Instrument {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new DomainError('survey.instrument_not_json', `the file is not JSON: ${(e as Error).message}`);
  }
  return parseInstrument(data);
}

/** The instrument as the JSON file it imports from (two-space indent, fields in schema order). */
export function exportInstrument(instrument: Instrument): string {
  return `${JSON.stringify(parseInstrument(instrument), null, 2)}\n`;
}

/** The shipped default: an illustrative instrument (示例问卷，非官方题库), not the official item bank. */
export function loadDefaultInstrument(): Instrument {
  return parseInstrument(shippedInstrument);
}
