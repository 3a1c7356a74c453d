// Reporting units, their yearly reports (state, window, locks, explanations), the report history and the values.
import type {
  IndCodedValue,
  IndReport,
  IndReportEvent,
  IndReportEventInput,
  IndReportPatch,
  IndUnit,
  IndUnitInput,
  ReportState,
  ValueCell,
} from '@kepu/domain/indicators';
import { type Kysely, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { Database } from '../../schema.ts';
import { personName } from '../user.repository.ts';

type Db = Kysely<Database>;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function insertIndUnits(db: Db, j: string, units: IndUnitInput[]) {
  const ids: { id: number; code: string }[] = [];
  for (const part of batches(units, 6)) {
    const rows = await db
      .insertInto('ind_units')
      .values(
        part.map((u) => ({
          jurisdiction_code: j,
          code: u.code,
          name: u.name,
          dept_type: u.deptType,
          area_code: u.areaCode,
          org_unit_id: u.orgUnitId,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    ids.push(...rows);
  }
  return ids;
}

/** The jurisdiction's reporting units with their areas. */
function unitQuery(db: Db, j: string) {
  return db
    .selectFrom('ind_units as u')
    .innerJoin('areas as a', 'a.code', 'u.area_code')
    .where('u.jurisdiction_code', '=', j)
    .select([
      'u.id',
      'u.code',
      'u.name',
      'u.dept_type',
      'u.area_code',
      'a.name as area_name',
      'a.path',
      'u.org_unit_id',
      'u.active',
    ]);
}
type UnitRow = Awaited<ReturnType<ReturnType<typeof unitQuery>['executeTakeFirstOrThrow']>>;
const toUnit = (r: UnitRow): IndUnit => ({
  id: r.id,
  code: r.code,
  name: r.name,
  deptType: r.dept_type,
  areaCode: r.area_code,
  areaName: r.area_name,
  areaPath: r.path,
  orgUnitId: r.org_unit_id,
  active: r.active,
});

export async function listIndUnits(db: Db, j: string): Promise<IndUnit[]> {
  return (await unitQuery(db, j).orderBy('u.area_code').orderBy('u.id').execute()).map(toUnit);
}

export async function findIndUnit(db: Db, j: string, id: number): Promise<IndUnit | undefined> {
  const r = await unitQuery(db, j).where('u.id', '=', id).executeTakeFirst();
  return r && toUnit(r);
}

export async function findIndUnitByCode(db: Db, j: string, code: string): Promise<IndUnit | undefined> {
  const r = await unitQuery(db, j).where('u.code', '=', code).executeTakeFirst();
  return r && toUnit(r);
}

function toReport(r: {
  year: number;
  unit_id: number;
  state: string;
  opens_on: string;
  due_on: string;
  explanations: unknown;
  first_submitted_at: Date | null;
  submitted_at: Date | null;
  locked_by: string | null;
  locked_at: Date | null;
  lock_reason: string | null;
  return_reason: string | null;
  updated_at: Date;
  /** who locked it as people read it: unit and name (findReport) */
  locked_by_name?: string | null;
}): IndReport {
  return {
    year: r.year,
    unitId: r.unit_id,
    state: r.state as ReportState,
    opensOn: r.opens_on,
    dueOn: r.due_on,
    explanations: (r.explanations ?? {}) as Record<string, string>,
    firstSubmittedAt: iso(r.first_submitted_at),
    submittedAt: iso(r.submitted_at),
    lock:
      r.locked_by && r.locked_at
        ? {
            by: r.locked_by,
            ...(r.locked_by_name ? { name: r.locked_by_name } : {}),
            at: iso(r.locked_at) as string,
            reason: r.lock_reason ?? '',
          }
        : null,
    returnReason: r.return_reason,
    updatedAt: iso(r.updated_at) as string,
  };
}

/** Assigns the form to units (a report in state `open` with its window); already assigned units get the new window. */
export async function assignReports(
  db: Db,
  year: number,
  unitIds: number[],
  window: { opensOn: string; dueOn: string },
) {
  for (const part of batches(unitIds, 7)) {
    await db
      .insertInto('ind_reports')
      .values(
        part.map((u) => ({
          year,
          unit_id: u,
          state: 'open',
          opens_on: window.opensOn,
          due_on: window.dueOn,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['year', 'unit_id']).doUpdateSet({ opens_on: window.opensOn, due_on: window.dueOn }),
      )
      .execute();
  }
  return unitIds.length;
}

/** A report of one of the jurisdiction's units. */
export async function findReport(
  db: Db,
  j: string,
  year: number,
  unitId: number,
): Promise<IndReport | undefined> {
  const r = await db
    .selectFrom('ind_reports as r')
    .innerJoin('ind_units as u', 'u.id', 'r.unit_id')
    .where('u.jurisdiction_code', '=', j)
    .selectAll('r')
    .select(personName('r.locked_by').as('locked_by_name'))
    .where('r.year', '=', year)
    .where('r.unit_id', '=', unitId)
    .executeTakeFirst();
  return r && toReport(r);
}

export async function listReports(db: Db, j: string, year: number): Promise<IndReport[]> {
  return (
    await db
      .selectFrom('ind_reports as r')
      .innerJoin('ind_units as u', 'u.id', 'r.unit_id')
      .selectAll('r')
      .where('u.jurisdiction_code', '=', j)
      .where('r.year', '=', year)
      .orderBy('r.unit_id')
      .execute()
  ).map(toReport);
}

export async function updateReport(
  db: Db,
  year: number,
  unitId: number,
  p: IndReportPatch,
): Promise<IndReport> {
  const row = await db
    .updateTable('ind_reports')
    .set({
      ...(p.state ? { state: p.state } : {}),
      ...(p.explanations ? { explanations: JSON.stringify(p.explanations) } : {}),
      ...(p.firstSubmittedAt
        ? {
            first_submitted_at: sql<Date>`coalesce(first_submitted_at, ${p.firstSubmittedAt.toISOString()}::timestamptz)`,
          }
        : {}),
      ...(p.submittedAt !== undefined ? { submitted_at: p.submittedAt } : {}),
      ...(p.lock !== undefined
        ? p.lock
          ? {
              locked_by: p.lock.by,
              lock_reason: p.lock.reason,
              locked_at: p.lock.at ?? sql<Date>`now()`,
            }
          : { locked_by: null, lock_reason: null, locked_at: null }
        : {}),
      ...(p.returnReason !== undefined ? { return_reason: p.returnReason } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('year', '=', year)
    .where('unit_id', '=', unitId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReport(row);
}

export async function insertReportEvent(db: Db, e: IndReportEventInput) {
  await db
    .insertInto('ind_report_events')
    .values({
      year: e.year,
      unit_id: e.unitId,
      actor_username: e.actor,
      action: e.action,
      from_state: e.from,
      to_state: e.to,
      comment: e.comment ?? '',
      ...(e.at ? { at: e.at } : {}),
    })
    .execute();
}

export async function listReportEvents(db: Db, year: number, unitId: number): Promise<IndReportEvent[]> {
  const rows = await db
    .selectFrom('ind_report_events')
    .selectAll()
    .where('year', '=', year)
    .where('unit_id', '=', unitId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: iso(r.at) as string,
    actor: r.actor_username,
    action: r.action,
    from: r.from_state,
    to: r.to_state,
    comment: r.comment,
  }));
}

export async function listValues(db: Db, year: number, unitId: number): Promise<ValueCell[]> {
  const rows = await db
    .selectFrom('ind_values')
    .select(['item_code', 'option_code', 'value', 'text_value'])
    .where('year', '=', year)
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => ({ item: r.item_code, option: r.option_code, value: r.value, text: r.text_value }));
}

/** Every figure of a year by unit and item code (the values data set), in unit code and form order. */
export async function listCodedValues(db: Db, j: string, year: number): Promise<IndCodedValue[]> {
  const r = await sql<{
    unit: string;
    item: string;
    option: string;
    value: number | null;
    text: string | null;
  }>`
    select u.code as unit, v.item_code as item, v.option_code as option, v.value, v.text_value as text
    from ind_values v join ind_units u on u.id = v.unit_id
    left join ind_items i on i.jurisdiction_code = u.jurisdiction_code and i.year = v.year and i.code = v.item_code
    where v.year = ${year} and u.jurisdiction_code = ${j} order by u.code, i.position, v.option_code`.execute(
    db,
  );
  return r.rows.map((x) => ({ unit: x.unit, item: x.item, option: x.option, value: x.value ?? x.text }));
}
