// Writes the data-set exchange needs beyond the editing use-cases: a year's rules and computed indicators replaced
// as a whole, whole school rows by area and name (packages/domain/src/indicators/exchange/), and plan units by name.
import type { Computed, Rule } from '@kepu/domain/indicators';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { ruleRow } from './registry.repository.ts';

type Db = Kysely<Database>;

/** Replaces a year's rules by the given list, in its order (rules not listed are removed). */
export async function replaceRules(db: Db, j: string, year: number, rules: Rule[]) {
  await db.deleteFrom('ind_rules').where('jurisdiction_code', '=', j).where('year', '=', year).execute();
  if (!rules.length) return;
  await db
    .insertInto('ind_rules')
    .values(rules.map((r, k) => ruleRow(j, year, r, k + 1)))
    .execute();
}

/** Replaces a year's computed indicators by the given list. */
export async function replaceComputed(db: Db, j: string, year: number, list: Computed[]) {
  await db.deleteFrom('ind_computed').where('jurisdiction_code', '=', j).where('year', '=', year).execute();
  if (list.length)
    await db
      .insertInto('ind_computed')
      .values(list.map((c) => ({ jurisdiction_code: j, year, ...c })))
      .execute();
}

export async function updateSchoolRow(
  db: Db,
  key: { areaCode: string; name: string },
  s: { level: string; urbanRural: string; counsellors: number },
) {
  await db
    .updateTable('ind_schools')
    .set({
      level: s.level,
      urban_rural: s.urbanRural,
      counsellors: s.counsellors,
      updated_at: sql<Date>`now()`,
    })
    .where('area_code', '=', key.areaCode)
    .where('name', '=', key.name)
    .execute();
}

/** The jurisdiction's plan units (org_units) by name, for linking reporting units. */
export async function listOrgUnitNames(db: Db, j: string) {
  return db
    .selectFrom('org_units')
    .select(['id', 'name'])
    .where('jurisdiction_code', '=', j)
    .orderBy('id')
    .execute();
}

/** The id of the jurisdiction's plan unit of that name, inserting it when missing. */
export async function ensureOrgUnit(db: Db, jurisdiction: string, name: string): Promise<number> {
  const [row] = await db
    .insertInto('org_units')
    .values({ jurisdiction_code: jurisdiction, name })
    .onConflict((oc) => oc.columns(['jurisdiction_code', 'name']).doNothing())
    .returning('id')
    .execute();
  if (row) return row.id;
  const found = await db
    .selectFrom('org_units')
    .select('id')
    .where('jurisdiction_code', '=', jurisdiction)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return found.id;
}
