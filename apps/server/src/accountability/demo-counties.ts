// Demo: the county-level governments (各地区) as local units of the jurisdiction, each linked to its area, so a district
// admin (大洼区) sees its own units' work on first start.

import { type Database, unitAreaStore } from '@kepu/db';
import type { PlanBundle } from '@kepu/domain';
import type { Kysely } from 'kysely';

/** The county-level governments (各地区): local units linked to their areas, owning work items of their own. */
export const counties = [
  { name: '双台子区人民政府', area: '211102' },
  { name: '兴隆台区人民政府', area: '211103' },
  { name: '大洼区人民政府', area: '211104' },
  { name: '盘山县人民政府', area: '211122' },
];
/** Local units linked to an area without work of their own in the demo (大洼区科协 also files statistics). */
const others = [{ name: '大洼区科协', area: '211104' }];

/** Adds the county governments to the jurisdiction (linked to their areas) and returns the plan with them. */
export async function addCounties(db: Kysely<Database>, plan: PlanBundle): Promise<PlanBundle> {
  const units = new Map(plan.units);
  const store = unitAreaStore(db);
  for (const c of [...counties, ...others]) {
    const u =
      (await store.findUnitByName(plan.plan.jurisdictionCode, c.name)) ??
      (await store.insertUnit(plan.plan.jurisdictionCode, c.name));
    await store.setUnitArea(u.id, c.area);
    units.set(u.id, { id: u.id, name: c.name });
  }
  return { ...plan, units };
}
