// The shipped annual 科普统计 form (seed/indicators/form-2024.json) and the plan's indicator targets, as data.
import { z } from 'zod';
import shippedForm from '../../seed/indicators/form-2024.json' with { type: 'json' };
import shippedPopulations from '../../seed/indicators/populations.json' with { type: 'json' };
import shippedTargets from '../../seed/indicators/targets.json' with { type: 'json' };
import { validationError } from '../validation.ts';
import { type FormDefinition, formSchema } from './ind.types.ts';

/** The shipped form, re-labelled for another year when asked (the office then edits it for that year). */
export function loadShippedForm(year = 2024): FormDefinition {
  const parsed = formSchema.safeParse(shippedForm);
  if (!parsed.success) throw validationError('indicators.form_invalid', parsed.error.issues, 'form');
  return { ...parsed.data, year, title: parsed.data.title.replace('2024', String(year)) };
}

export const targetIndicatorSchema = z.strictObject({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  naturalLimit: z.number().nullable(),
  baseline: z.strictObject({ year: z.number().int(), value: z.number() }).nullable(),
  history: z.array(z.strictObject({ year: z.number().int(), value: z.number() })),
  targets: z.array(
    z.union([
      z.strictObject({
        year: z.number().int(),
        value: z.number(),
        comparator: z.enum(['=', '>', '>=']),
      }),
      // "narrow markedly": no number in the plan; `reduction` is the share of the baseline gap that must go
      z.strictObject({
        year: z.number().int(),
        comparator: z.literal('narrow'),
        reduction: z.number().gt(0).max(1),
        /** Why that share, in Chinese; `basisEn` the same in English for the English interface. */
        basis: z.string().min(1),
        basisEn: z.string().min(1).optional(),
      }),
    ]),
  ),
});
export type TargetIndicator = z.infer<typeof targetIndicatorSchema>;

export function loadShippedTargets(): { source: string; indicators: TargetIndicator[] } {
  return z
    .strictObject({
      format: z.literal('kepu-indicator-targets/1'),
      source: z.string(),
      indicators: z.array(targetIndicatorSchema),
    })
    .parse(shippedTargets);
}

const populationRow = z.strictObject({
  areaCode: z.string(),
  year: z.number().int(),
  population: z.number().int().min(0),
  source: z.string().min(1),
});

/** Public census figures (with their sources) and, separately, demo estimates marked as such. */
export function loadShippedPopulations() {
  return z
    .strictObject({
      format: z.literal('kepu-populations/1'),
      note: z.string(),
      rows: z.array(populationRow),
      demoEstimates: z.array(populationRow),
    })
    .parse(shippedPopulations);
}
