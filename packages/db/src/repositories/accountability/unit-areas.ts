// Unit ↔ area links (acc_unit_areas) and local units the office adds to the jurisdiction (org_units).
import type { UnitAreaStore } from '@kepu/domain/accountability';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

type Db = Kysely<Database>;

export function unitAreaStore(db: Db): UnitAreaStore {
  return {
    findArea: (code) =>
      db
        .selectFrom('areas')
        .select(['code', 'name', 'level', 'path'])
        .where('code', '=', code)
        .executeTakeFirst(),
    unitArea: (unitId) =>
      db
        .selectFrom('acc_unit_areas as u')
        .innerJoin('areas as a', 'a.code', 'u.area_code')
        .select(['a.code', 'a.name'])
        .where('u.unit_id', '=', unitId)
        .executeTakeFirst(),
    async setUnitArea(unitId, code) {
      if (code === null) {
        await db.deleteFrom('acc_unit_areas').where('unit_id', '=', unitId).execute();
        return;
      }
      await db
        .insertInto('acc_unit_areas')
        .values({ unit_id: unitId, area_code: code })
        .onConflict((oc) => oc.column('unit_id').doUpdateSet({ area_code: code }))
        .execute();
    },
    findUnitByName: (jurisdictionCode, name) =>
      db
        .selectFrom('org_units')
        .select('id')
        .where('jurisdiction_code', '=', jurisdictionCode)
        .where('name', '=', name)
        .executeTakeFirst(),
    insertUnit: (jurisdictionCode, name) =>
      db
        .insertInto('org_units')
        .values({ jurisdiction_code: jurisdictionCode, name })
        .returning(['id', 'name'])
        .executeTakeFirstOrThrow(),
  };
}

/** Every linked unit's area (code and name), for the units list and the unit page. */
export async function listUnitAreas(db: Db): Promise<Map<number, { code: string; name: string }>> {
  const rows = await db
    .selectFrom('acc_unit_areas as u')
    .innerJoin('areas as a', 'a.code', 'u.area_code')
    .select(['u.unit_id', 'a.code', 'a.name'])
    .execute();
  return new Map(rows.map((r) => [r.unit_id, { code: r.code, name: r.name }]));
}

/** Every unit of a jurisdiction, including local units no plan version names (added by the office or other parts). */
export function listJurisdictionUnits(db: Db, jurisdictionCode: string) {
  return db
    .selectFrom('org_units')
    .select(['id', 'name'])
    .where('jurisdiction_code', '=', jurisdictionCode)
    .orderBy('id')
    .execute();
}
