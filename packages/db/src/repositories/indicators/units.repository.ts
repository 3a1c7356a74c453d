// Reporting units as the office edits them (name, department type, area, linked plan unit, active) and a report's window.
import type { IndUnitPatch } from '@kepu/domain/indicators';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { findReport } from './reports.repository.ts';

type Db = Kysely<Database>;

export async function updateIndUnit(db: Db, id: number, p: IndUnitPatch) {
  await db
    .updateTable('ind_units')
    .set({
      ...(p.name !== undefined ? { name: p.name } : {}),
      ...(p.deptType !== undefined ? { dept_type: p.deptType } : {}),
      ...(p.areaCode !== undefined ? { area_code: p.areaCode } : {}),
      ...(p.orgUnitId !== undefined ? { org_unit_id: p.orgUnitId } : {}),
      ...(p.active !== undefined ? { active: p.active } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** How many reports a unit has (any state): a unit with any is never deleted, only deactivated. */
export async function countUnitReports(db: Db, id: number): Promise<number> {
  const r = await db
    .selectFrom('ind_reports')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('unit_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Removes a unit that has no reports (callers check countUnitReports first). */
export async function deleteIndUnit(db: Db, id: number) {
  await db.deleteFrom('ind_units').where('id', '=', id).execute();
}

/** Moves one unit's window for a year (an extension); the report keeps its state and figures. */
export async function setReportWindow(
  db: Db,
  j: string,
  year: number,
  unitId: number,
  window: { opensOn: string; dueOn: string },
) {
  await db
    .updateTable('ind_reports')
    .set({ opens_on: window.opensOn, due_on: window.dueOn })
    .where('year', '=', year)
    .where('unit_id', '=', unitId)
    .execute();
  return findReport(db, j, year, unitId);
}
