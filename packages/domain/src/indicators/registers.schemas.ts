// Input schemas of the registers beside the form: status overrides, literacy values with their source, schools,
// area populations, and the analysis queries (pivot, figures, completeness).
import { z } from 'zod';
import { figureStages, pivotDims } from './ind.records.ts';
import { areaCodeSchema } from './ind.schemas.ts';

export const progressStatuses = [
  'achieved',
  'missed',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'no_data',
] as const;

export const overrideSchema = z.strictObject({
  status: z.enum(progressStatuses).nullable(),
  reason: z.string().trim().min(5, 'write the reason for the override').max(2000),
});

export const kpiValueSchema = z
  .strictObject({
    code: z.literal('K_LITERACY'),
    year: z.number().int().min(2000).max(2100),
    areaCode: areaCodeSchema,
    option: z.enum(['', 'urban', 'rural', 'male', 'female']).default(''),
    value: z.number().min(0).max(100),
    sourceKind: z.enum(['survey', 'published']),
    se: z.number().min(0).max(50).nullable().default(null),
    ciLow: z.number().min(0).max(100).nullable().default(null),
    ciHigh: z.number().min(0).max(100).nullable().default(null),
    instrument: z.string().trim().max(200).nullable().default(null),
    citation: z.string().trim().max(1000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, code: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { code, sourceKind: v.sourceKind } });
    if (v.sourceKind === 'survey') {
      if (v.se === null) add('se', 'ind.kpi.se_required', 'a survey estimate needs its standard error');
      if (!v.instrument)
        add('instrument', 'ind.kpi.instrument_required', 'a survey estimate needs the instrument version');
      if (v.ciLow !== null && v.ciHigh !== null && !(v.ciLow <= v.value && v.value <= v.ciHigh))
        ctx.addIssue({
          code: 'custom',
          path: ['ciLow'],
          message: 'the interval must contain the estimate',
          params: {
            code: 'ind.kpi.interval_excludes_estimate',
            value: v.value,
            ciLow: v.ciLow,
            ciHigh: v.ciHigh,
          },
        });
    } else if (!v.citation)
      add('citation', 'ind.kpi.citation_required', 'a published figure needs its citation');
  });

export const schoolSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  areaCode: areaCodeSchema,
  level: z.enum(['primary', 'junior', 'senior', 'vocational', 'nine_year', 'complete']),
  urbanRural: z.enum(['urban', 'rural']),
  counsellors: z.number().int().min(0).max(500),
});
export const counsellorsSchema = z.strictObject({ counsellors: z.number().int().min(0).max(500) });

export const populationSchema = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  population: z.number().int().min(0).max(2_000_000_000),
  source: z.string().trim().min(1, 'say where the figure comes from').max(500),
});

const list = z
  .string()
  .max(2000)
  .transform((s) => s.split(',').filter(Boolean));
const queryYear = z.coerce.number().int().min(2000).max(2100);

/** Which figures count (ind.records.ts FigureStage): accepted ones unless the reader may and does ask for more. */
const stage = z.enum(figureStages).default('accepted');
export const pivotQuerySchema = z.object({
  year: queryYear,
  stage,
  years: list.optional(),
  root: areaCodeSchema.optional(),
  rows: list.pipe(z.array(z.enum(pivotDims)).max(3)).default(['area']),
  cols: list.pipe(z.array(z.enum(pivotDims)).max(2)).default(['item']),
  group: z.enum(['P', 'V', 'F', 'M', 'A', 'E']).optional(),
  items: list.optional(),
  deptTypes: list.optional(),
  options: list.optional(),
});
export const figureQuerySchema = z.object({
  year: queryYear,
  stage,
  figure: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{0,31}$/)
    .default('F0111'),
  root: areaCodeSchema.optional(),
});
export const completenessQuerySchema = z.object({ year: queryYear, stage, root: areaCodeSchema.optional() });

export type OverrideStatusInput = z.infer<typeof overrideSchema>;
export type KpiInput = z.infer<typeof kpiValueSchema>;
export type SchoolFormInput = z.infer<typeof schoolSchema>;
export type PopulationFormInput = z.infer<typeof populationSchema>;
export type PivotQuery = z.infer<typeof pivotQuerySchema>;
export type FigureQuery = z.infer<typeof figureQuerySchema>;
export type CompletenessQuery = z.infer<typeof completenessQuerySchema>;
