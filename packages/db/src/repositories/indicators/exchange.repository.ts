// Writes the data-set exchange needs beyond the editing routes: whole rows of items, rules, computed indicators
// and schools (reporting units use updateIndUnit), replaced or removed by code (apps/server/src/indicators/exchange/).
import type { Computed, Rule } from '@kepu/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { ruleRow } from './registry.repository.ts';

type Db = Kysely<Database>;

export async function updateItemRow(
  db: Db,
  year: number,
  code: string,
  p: { zh: string; en: string; unit: string; parent: string | null; retired: boolean },
) {
  await db
    .updateTable('ind_items')
    .set({ zh: p.zh, en: p.en, unit: p.unit, parent_code: p.parent, retired: p.retired })
    .where('year', '=', year)
    .where('code', '=', code)
    .execute();
}

/** Replaces a year's rules by the given list, in its order (rules not listed are removed). */
export async function replaceRules(db: Db, year: number, rules: Rule[]) {
  await db.deleteFrom('ind_rules').where('year', '=', year).execute();
  if (!rules.length) return;
  await db
    .insertInto('ind_rules')
    .values(rules.map((r, k) => ruleRow(year, r, k + 1)))
    .execute();
}

/** Replaces a year's computed indicators by the given list. */
export async function replaceComputed(db: Db, year: number, list: Computed[]) {
  await db.deleteFrom('ind_computed').where('year', '=', year).execute();
  if (list.length)
    await db
      .insertInto('ind_computed')
      .values(list.map((c) => ({ year, ...c })))
      .execute();
}

export async function updateSchoolRow(
  db: Db,
  key: { areaCode: string; name: string },
  s: { level: string; urbanRural: string; counsellors: number },
) {
  await db
    .updateTable('ind_schools')
    .set({ level: s.level, urban_rural: s.urbanRural, counsellors: s.counsellors, updated_at: sql<Date>`now()` })
    .where('area_code', '=', key.areaCode)
    .where('name', '=', key.name)
    .execute();
}

/** Plan units (org_units) by name, for linking reporting units. */
export async function listOrgUnitNames(db: Db) {
  return db.selectFrom('org_units').select(['id', 'name']).orderBy('id').execute();
}
