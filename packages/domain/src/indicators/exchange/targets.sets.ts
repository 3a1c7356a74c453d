// Registers of the targets page exchanged by codes: literacy values with their source, schools, and the targets.
import { z } from 'zod';
import { targetIndicatorSchema } from '../ind.form.ts';
import { kpiValueSchema, schoolSchema } from '../registers.schemas.ts';
import type { DataSet } from './exchange.engine.ts';
import { areaName, indicatorName } from './exchange.names.ts';
import { checkAreas } from './register.sets.ts';

type KpiRow = z.infer<typeof kpiValueSchema>;
export const kpiSet: DataSet<KpiRow> = {
  name: 'kpi',
  yearly: false,
  replaces: false,
  columns: {
    code: 'text',
    year: 'int',
    areaCode: 'text',
    option: 'text',
    value: 'number',
    sourceKind: 'text',
    se: 'number',
    ciLow: 'number',
    ciHigh: 'number',
    instrument: 'ntext',
    citation: 'ntext',
  },
  names: [indicatorName('code'), areaName('areaCode')],
  row: kpiValueSchema as unknown as z.ZodType<KpiRow>,
  key: (r) => `${r.code}/${r.year}/${r.areaCode}/${r.option}`,
  async current(ctx, year) {
    return (await ctx.stores.ind.listKpiValues('K_LITERACY'))
      .filter((k) => year === null || k.year === year)
      .map((k) => ({
        code: k.code as 'K_LITERACY',
        year: k.year,
        areaCode: k.areaCode,
        option: k.option as KpiRow['option'],
        value: k.value,
        sourceKind: k.source.kind,
        se: k.source.kind === 'survey' ? k.source.se : null,
        ciLow: k.source.kind === 'survey' ? (k.source.ci?.[0] ?? null) : null,
        ciHigh: k.source.kind === 'survey' ? (k.source.ci?.[1] ?? null) : null,
        instrument: k.source.kind === 'survey' ? k.source.instrument : null,
        citation: k.source.kind === 'published' ? k.source.citation : null,
      }));
  },
  check: (ctx, rows, _year, bad) => checkAreas(ctx, rows, bad),
  async apply(ctx, _year, diff) {
    const by = ctx.actor?.username ?? 'system';
    for (const k of [...diff.add, ...diff.update.map((u) => u.after)])
      await ctx.stores.ind.upsertKpiValue(k, by);
  },
};

type SchoolRow = z.infer<typeof schoolSchema>;
export const schoolsSet: DataSet<SchoolRow> = {
  name: 'schools',
  yearly: false,
  replaces: false,
  columns: { areaCode: 'text', name: 'text', level: 'text', urbanRural: 'text', counsellors: 'int' },
  names: [areaName('areaCode')],
  row: schoolSchema,
  key: (r) => `${r.areaCode}/${r.name}`,
  async current(ctx) {
    return (await ctx.stores.ind.listSchools()).map((s) => ({
      areaCode: s.areaCode,
      name: s.name,
      level: s.level as SchoolRow['level'],
      urbanRural: s.urbanRural as SchoolRow['urbanRural'],
      counsellors: s.counsellors,
    }));
  },
  check: (ctx, rows, _year, bad) => checkAreas(ctx, rows, bad),
  async apply(ctx, _year, diff) {
    await ctx.stores.ind.insertSchools(diff.add);
    for (const { after: s } of diff.update) await ctx.stores.ind.updateSchool(s);
  },
};

/** A list cell in CSV is its JSON text (e.g. `[{"year":2025,"value":15,"comparator":">"}]`). */
const jsonCell = {
  toCell: (v: unknown) => JSON.stringify(v ?? []),
  fromCell: (s: string) => {
    if (s === '') return [];
    try {
      return JSON.parse(s);
    } catch {
      return s;
    }
  },
};
const targetRow = targetIndicatorSchema
  .omit({ baseline: true })
  .extend({
    baselineYear: z.number().int().min(1949).max(2100).nullable().default(null),
    baselineValue: z.number().nullable().default(null),
    source: z.string().trim().min(1).max(500),
  })
  .refine((t) => (t.baselineYear === null) === (t.baselineValue === null), {
    path: ['baselineValue'],
    message: 'give both the baseline year and value, or neither',
    params: { code: 'ind.target.baseline_pair' },
  });
type TargetRow = z.infer<typeof targetRow>;
export const targetsSet: DataSet<TargetRow> = {
  name: 'targets',
  yearly: false,
  replaces: false,
  columns: {
    code: 'text',
    zh: 'text',
    en: 'text',
    unit: 'text',
    direction: 'text',
    naturalLimit: 'number',
    baselineYear: 'int',
    baselineValue: 'number',
    history: jsonCell,
    targets: jsonCell,
    source: 'text',
  },
  row: targetRow,
  key: (r) => r.code,
  async current(ctx) {
    return (await ctx.stores.ind.listTargets()).map(({ overrides: _o, baseline, ...t }) => ({
      ...t,
      baselineYear: baseline?.year ?? null,
      baselineValue: baseline?.value ?? null,
    }));
  },
  async apply(ctx, _year, diff) {
    for (const { baselineYear, baselineValue, source, ...t } of [
      ...diff.add,
      ...diff.update.map((u) => u.after),
    ])
      await ctx.stores.ind.upsertTargets(source, [
        {
          ...t,
          baseline:
            baselineYear === null || baselineValue === null
              ? null
              : { year: baselineYear, value: baselineValue },
        },
      ]);
  },
};
