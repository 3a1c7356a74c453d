// Registers exchanged by codes: reporting units (linked to plan units by name) and area populations.
import { z } from 'zod';
import { can } from '../../auth/policy.ts';
import { forbidden } from '../../errors.ts';
import type { IndContext } from '../ind.ports.ts';
import { departmentTypes } from '../ind.types.ts';
import { populationSchema } from '../registers.schemas.ts';
import type { Bad, DataSet } from './exchange.engine.ts';
import { areaName } from './exchange.names.ts';

export const areaCodeColumn = z.string().regex(/^[0-9A-Z]{6,12}$/, 'an area code is 6–12 digits or capitals');

/** Every row's area code must name an area of the tree. */
export async function checkAreas(ctx: IndContext, rows: { areaCode: string }[], bad: Bad) {
  const known = new Set((await ctx.stores.ind.listAreas()).map((a) => a.code));
  for (const [k, r] of rows.entries())
    if (!known.has(r.areaCode))
      bad(k, 'areaCode', 'ind.area.unknown', `no area ${r.areaCode}`, { areaCode: r.areaCode });
  return undefined;
}

const unitRow = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  deptType: z.enum(departmentTypes),
  areaCode: areaCodeColumn,
  planUnit: z.string().trim().min(1).max(200).nullable().default(null),
  /** Optional: a file without it leaves a unit as it is (a new unit is active). */
  active: z.boolean().optional(),
});
type UnitRow = z.infer<typeof unitRow>;
export const unitsSet: DataSet<UnitRow> = {
  name: 'units',
  yearly: false,
  replaces: false,
  columns: {
    code: 'text',
    name: 'text',
    deptType: 'text',
    areaCode: 'text',
    planUnit: 'ntext',
    active: 'bool',
  },
  names: [areaName('areaCode')],
  optional: ['active'],
  row: unitRow,
  key: (r) => r.code,
  async current(ctx) {
    const plan = new Map((await ctx.stores.ind.listPlanUnits()).map((o) => [o.id, o.name]));
    return (await ctx.stores.ind.listUnits()).map((u) => ({
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
    const plan = new Set((await ctx.stores.ind.listPlanUnits()).map((o) => o.name));
    for (const [k, r] of rows.entries())
      if (r.planUnit && !plan.has(r.planUnit))
        bad(k, 'planUnit', 'ind.unit.unknown_plan_unit_name', `no plan unit named ${r.planUnit}`, {
          planUnit: r.planUnit,
        });
    const stored = new Map(current.map((u) => [u.code, u.active]));
    return rows.map((r) => ({ ...r, active: r.active ?? stored.get(r.code) ?? true }));
  },
  async apply(ctx, _year, diff) {
    const ind = ctx.stores.ind;
    const ids = new Map<string, number>();
    for (const o of await ind.listPlanUnits()) if (!ids.has(o.name)) ids.set(o.name, o.id);
    const orgUnitId = (name: string | null) => (name === null ? null : (ids.get(name) ?? null));
    await ind.insertUnits(
      diff.add.map((u) => ({
        code: u.code,
        name: u.name,
        deptType: u.deptType,
        areaCode: u.areaCode,
        orgUnitId: orgUnitId(u.planUnit),
      })),
    );
    const unitIds = new Map((await ind.listUnits()).map((u) => [u.code, u.id]));
    for (const u of diff.add)
      if (u.active === false) await ind.updateUnit(unitIds.get(u.code) ?? 0, { active: false });
    for (const { after: u } of diff.update)
      await ind.updateUnit(unitIds.get(u.code) ?? 0, {
        name: u.name,
        deptType: u.deptType,
        areaCode: u.areaCode,
        orgUnitId: orgUnitId(u.planUnit),
        active: u.active,
      });
  },
};

const populationRow = populationSchema.extend({ areaCode: areaCodeColumn });
export const populationsSet: DataSet<z.infer<typeof populationRow>> = {
  name: 'populations',
  yearly: false,
  replaces: false,
  columns: { areaCode: 'text', year: 'int', population: 'int', source: 'text' },
  names: [areaName('areaCode')],
  row: populationRow,
  key: (r) => `${r.areaCode}/${r.year}`,
  /** A district within its subtree (as `PUT /api/indicators/populations/:code`). */
  async authorizeRows(ctx, rows, rowOf) {
    for (const [k, r] of rows.entries()) {
      const area = await ctx.stores.areas.find(r.areaCode);
      if (area && !can(ctx.actor, 'ind.import', 'populations', null, { code: area.code, path: area.path }))
        throw forbidden(`row ${rowOf(k)}, column areaCode: ${r.areaCode} is outside your area`, {
          permission: 'ind.import',
          row: rowOf(k),
          column: 'areaCode',
          areaCode: r.areaCode,
        });
    }
  },
  async current(ctx, year) {
    return (await ctx.stores.ind.listPopulations())
      .filter((p) => year === null || p.year === year)
      .map((p) => ({ areaCode: p.areaCode, year: p.year, population: p.population, source: p.source }));
  },
  check: (ctx, rows, _year, bad) => checkAreas(ctx, rows, bad),
  async apply(ctx, _year, diff) {
    for (const p of [...diff.add, ...diff.update.map((u) => u.after)])
      await ctx.stores.ind.upsertPopulation(p);
  },
};
