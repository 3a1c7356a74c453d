// Registers exchanged by codes: reporting units, area populations, literacy KPI values, schools and targets.

import {
  findArea,
  insertIndUnits,
  insertSchools,
  listAreas,
  listIndUnits,
  listKpiValues,
  listOrgUnitNames,
  listPopulations,
  listSchools,
  listTargets,
  updateIndUnit,
  updateSchoolRow,
  upsertKpiValue,
  upsertPopulation,
  upsertTargets,
} from '@kepu/db';
import { can, DomainError, departmentTypes, targetIndicatorSchema } from '@kepu/domain';
import { z } from 'zod';
import { populationSchema } from '../populations.service.ts';
import { isSchoolsKeeper, kpiValueSchema, schoolSchema } from '../targets.service.ts';
import type { IndCtx } from '../tx.ts';
import { type Bad, type DataSet, office } from './engine.ts';

const areaCode = z.string().regex(/^[0-9A-Z]{6,12}$/, 'an area code is 6–12 digits or capitals');

/** Every row's area code must name an area of the tree. */
async function checkAreas(ctx: IndCtx, rows: { areaCode: string }[], bad: Bad) {
  const known = new Set((await listAreas(ctx.db)).map((a) => a.code));
  for (const [k, r] of rows.entries()) if (!known.has(r.areaCode)) bad(k, 'areaCode', `no area ${r.areaCode}`);
}

const unitRow = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  deptType: z.enum(departmentTypes),
  areaCode,
  planUnit: z.string().trim().min(1).max(200).nullable().default(null),
  /** Optional: a file without it leaves a unit as it is (a new unit is active). */
  active: z.boolean().optional(),
});
type UnitRow = z.infer<typeof unitRow>;
export const unitsSet: DataSet<UnitRow> = {
  name: 'units',
  yearly: false,
  replaces: false,
  columns: { code: 'text', name: 'text', deptType: 'text', areaCode: 'text', planUnit: 'ntext', active: 'bool' },
  optional: ['active'],
  row: unitRow,
  key: (r) => r.code,
  authorizeImport: office,
  async current(ctx) {
    const plan = new Map((await listOrgUnitNames(ctx.db)).map((o) => [o.id, o.name]));
    return (await listIndUnits(ctx.db)).map((u) => ({
      code: u.code,
      name: u.name,
      deptType: u.deptType as (typeof departmentTypes)[number],
      areaCode: u.areaCode,
      planUnit: u.orgUnitId === null ? null : (plan.get(u.orgUnitId) ?? null),
      active: u.active,
    }));
  },
  async check(ctx, rows, _year, bad, current) {
    await checkAreas(ctx, rows, bad);
    const plan = new Set((await listOrgUnitNames(ctx.db)).map((o) => o.name));
    for (const [k, r] of rows.entries())
      if (r.planUnit && !plan.has(r.planUnit)) bad(k, 'planUnit', `no plan unit named ${r.planUnit}`);
    const stored = new Map(current.map((u) => [u.code, u.active]));
    return rows.map((r) => ({ ...r, active: r.active ?? stored.get(r.code) ?? true }));
  },
  async apply(ctx, _year, diff) {
    const ids = new Map<string, number>();
    for (const o of await listOrgUnitNames(ctx.db)) if (!ids.has(o.name)) ids.set(o.name, o.id);
    const orgUnitId = (name: string | null) => (name === null ? null : (ids.get(name) ?? null));
    await insertIndUnits(ctx.db, diff.add.map((u) => ({ ...u, orgUnitId: orgUnitId(u.planUnit) })));
    const unitIds = new Map((await listIndUnits(ctx.db)).map((u) => [u.code, u.id]));
    for (const u of diff.add)
      if (u.active === false) await updateIndUnit(ctx.db, unitIds.get(u.code) ?? 0, { active: false });
    for (const { after: u } of diff.update)
      await updateIndUnit(ctx.db, unitIds.get(u.code) ?? 0, {
        name: u.name,
        deptType: u.deptType,
        areaCode: u.areaCode,
        orgUnitId: orgUnitId(u.planUnit),
        active: u.active,
      });
  },
};

const populationRow = populationSchema.extend({ areaCode });
export const populationsSet: DataSet<z.infer<typeof populationRow>> = {
  name: 'populations',
  yearly: false,
  replaces: false,
  columns: { areaCode: 'text', year: 'int', population: 'int', source: 'text' },
  row: populationRow,
  key: (r) => `${r.areaCode}/${r.year}`,
  canExport: async (ctx) => ['office', 'viewer', 'district'].includes(ctx.actor?.role ?? ''),
  /** The office, or a district within its subtree (as `PUT /api/indicators/populations/:code`). */
  async authorizeImport(ctx, rows) {
    if (!['office', 'district'].includes(ctx.actor?.role ?? ''))
      throw new DomainError('auth.forbidden', 'only the office or a district enters populations');
    for (const [k, r] of rows.entries()) {
      const area = await findArea(ctx.db, r.areaCode);
      if (area && !can(ctx.actor, 'area.edit', { code: area.code, path: area.path }))
        throw new DomainError('auth.forbidden', `row ${k + 1}, column areaCode: ${r.areaCode} is outside your area`);
    }
  },
  async current(ctx, year) {
    return (await listPopulations(ctx.db))
      .filter((p) => year === null || p.year === year)
      .map((p) => ({ areaCode: p.area_code, year: p.year, population: p.population, source: p.source }));
  },
  check: (ctx, rows, _year, bad) => checkAreas(ctx, rows, bad),
  async apply(ctx, _year, diff) {
    for (const p of [...diff.add, ...diff.update.map((u) => u.after)]) await upsertPopulation(ctx.db, p);
  },
};

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
  row: kpiValueSchema as unknown as z.ZodType<KpiRow>,
  key: (r) => `${r.code}/${r.year}/${r.areaCode}/${r.option}`,
  authorizeImport: office,
  async current(ctx, year) {
    return (await listKpiValues(ctx.db))
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
    for (const k of [...diff.add, ...diff.update.map((u) => u.after)]) await upsertKpiValue(ctx.db, k, by);
  },
};

type SchoolRow = z.infer<typeof schoolSchema>;
export const schoolsSet: DataSet<SchoolRow> = {
  name: 'schools',
  yearly: false,
  replaces: false,
  columns: { areaCode: 'text', name: 'text', level: 'text', urbanRural: 'text', counsellors: 'int' },
  row: schoolSchema,
  key: (r) => `${r.areaCode}/${r.name}`,
  canExport: async (ctx) => ctx.actor?.role === 'viewer' || (await isSchoolsKeeper(ctx)),
  async authorizeImport(ctx) {
    if (!(await isSchoolsKeeper(ctx)))
      throw new DomainError('auth.forbidden', 'only the office or the education bureau keeps the schools registry');
  },
  async current(ctx) {
    return (await listSchools(ctx.db)).map((s) => ({
      areaCode: s.areaCode,
      name: s.name,
      level: s.level as SchoolRow['level'],
      urbanRural: s.urbanRural as SchoolRow['urbanRural'],
      counsellors: s.counsellors,
    }));
  },
  check: (ctx, rows, _year, bad) => checkAreas(ctx, rows, bad),
  async apply(ctx, _year, diff) {
    await insertSchools(ctx.db, diff.add);
    for (const { after: s } of diff.update) await updateSchoolRow(ctx.db, s, s);
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
  authorizeImport: office,
  async current(ctx) {
    return (await listTargets(ctx.db)).map(({ overrides, baseline, ...t }) => {
      void overrides;
      return { ...t, baselineYear: baseline?.year ?? null, baselineValue: baseline?.value ?? null } as TargetRow;
    });
  },
  async apply(ctx, _year, diff) {
    for (const { baselineYear, baselineValue, source, ...t } of [...diff.add, ...diff.update.map((u) => u.after)])
      await upsertTargets(ctx.db, source, [
        { ...t, baseline: baselineYear === null || baselineValue === null ? null : { year: baselineYear, value: baselineValue } },
      ]);
  },
};

