// Targets with status overrides, literacy KPI values with their source, and the schools registry with counsellors.
import type {
  CounsellorShare,
  IndKpiRecord,
  IndKpiValue,
  IndSchool,
  IndTarget,
  KpiValueInput,
  OverrideInput,
  SchoolInput,
  TargetIndicator,
} from '@kepu/domain/indicators';
import { type Kysely, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { Database } from '../../schema.ts';
import { personName } from '../user.repository.ts';
import { areaWithin } from './scope.ts';

type Db = Kysely<Database>;

export async function upsertTargets(db: Db, j: string, source: string, list: TargetIndicator[]) {
  for (const t of list) {
    const row = {
      jurisdiction_code: j,
      code: t.code,
      zh: t.zh,
      en: t.en,
      unit: t.unit,
      direction: t.direction,
      natural_limit: t.naturalLimit,
      baseline_year: t.baseline?.year ?? null,
      baseline_value: t.baseline?.value ?? null,
      history: JSON.stringify(t.history),
      targets: JSON.stringify(t.targets),
      source,
    };
    await db
      .insertInto('ind_targets')
      .values(row)
      .onConflict((oc) => oc.columns(['jurisdiction_code', 'code']).doUpdateSet(row))
      .execute();
  }
}

export async function listTargets(db: Db, j: string): Promise<IndTarget[]> {
  const [rows, overrides] = await Promise.all([
    db.selectFrom('ind_targets').selectAll().where('jurisdiction_code', '=', j).orderBy('code').execute(),
    db
      .selectFrom('ind_status_overrides as o')
      .selectAll('o')
      .where('o.jurisdiction_code', '=', j)
      .select(personName('o.set_by').as('set_by_name'))
      .execute(),
  ]);
  return rows.map((r) => ({
    code: r.code,
    zh: r.zh,
    en: r.en,
    unit: r.unit,
    direction: r.direction as 'increase' | 'decrease',
    naturalLimit: r.natural_limit,
    baseline:
      r.baseline_year !== null && r.baseline_value !== null
        ? { year: r.baseline_year, value: r.baseline_value }
        : null,
    history: r.history as { year: number; value: number }[],
    targets: r.targets as TargetIndicator['targets'],
    source: r.source,
    overrides: overrides
      .filter((o) => o.code === r.code)
      .map((o) => ({
        targetYear: o.target_year,
        status: o.status,
        reason: o.reason,
        by: o.set_by,
        ...(o.set_by_name ? { name: o.set_by_name } : {}),
        at: new Date(o.set_at).toISOString(),
      })),
  }));
}

export async function setOverride(db: Db, j: string, o: OverrideInput) {
  if (o.status === null) {
    await db
      .deleteFrom('ind_status_overrides')
      .where('jurisdiction_code', '=', j)
      .where('code', '=', o.code)
      .where('target_year', '=', o.targetYear)
      .execute();
    return;
  }
  const row = {
    jurisdiction_code: j,
    code: o.code,
    target_year: o.targetYear,
    status: o.status,
    reason: o.reason,
    set_by: o.by,
  };
  await db
    .insertInto('ind_status_overrides')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['jurisdiction_code', 'code', 'target_year'])
        .doUpdateSet({ ...row, set_at: sql<Date>`now()` }),
    )
    .execute();
}

export type { KpiValueInput };

export async function upsertKpiValue(db: Db, v: KpiValueInput, by: string) {
  const row = {
    code: v.code,
    year: v.year,
    area_code: v.areaCode,
    option_code: v.option,
    value: v.value,
    source_kind: v.sourceKind,
    se: v.se,
    ci_low: v.ciLow,
    ci_high: v.ciHigh,
    instrument: v.instrument,
    citation: v.citation,
    entered_by: by,
  };
  await db
    .insertInto('ind_kpi_values')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['code', 'year', 'area_code', 'option_code'])
        // a figure entered over a demo estimate is no longer the demo's
        .doUpdateSet({ ...row, demo: false, entered_at: sql<Date>`now()` }),
    )
    .execute();
}

/** The literacy values of the jurisdiction's areas. */
export async function listKpiValues(db: Db, j: string, code?: string): Promise<IndKpiValue[]> {
  let q = db
    .selectFrom('ind_kpi_values as k')
    .innerJoin('areas as a', 'a.code', 'k.area_code')
    .where(areaWithin(j))
    .select([
      'k.id',
      'k.code',
      'k.year',
      'k.area_code',
      'a.name as area_name',
      'a.level as area_level',
      'k.option_code',
      'k.value',
      'k.source_kind',
      'k.se',
      'k.ci_low',
      'k.ci_high',
      'k.instrument',
      'k.citation',
      'k.entered_by',
      'k.demo',
    ]);
  if (code) q = q.where('k.code', '=', code);
  const rows = await q.orderBy('k.year').orderBy('k.area_code').orderBy('k.option_code').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    year: r.year,
    areaCode: r.area_code,
    areaName: r.area_name,
    areaLevel: r.area_level,
    option: r.option_code,
    value: r.value,
    source:
      r.source_kind === 'survey'
        ? {
            kind: 'survey' as const,
            se: r.se,
            ci: r.ci_low !== null && r.ci_high !== null ? [r.ci_low, r.ci_high] : null,
            instrument: r.instrument,
            ...(r.citation && { provenance: r.citation }),
          }
        : { kind: 'published' as const, citation: r.citation },
    enteredBy: r.entered_by,
    demo: r.demo,
  }));
}

/** One literacy value as entered (flat: its source fields side by side). */
export async function findKpiValue(db: Db, j: string, id: number): Promise<IndKpiRecord | undefined> {
  const r = await db
    .selectFrom('ind_kpi_values as k')
    .innerJoin('areas as a', 'a.code', 'k.area_code')
    .selectAll('k')
    .where(areaWithin(j))
    .where('k.id', '=', id)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      code: r.code,
      year: r.year,
      areaCode: r.area_code,
      option: r.option_code,
      value: r.value,
      sourceKind: r.source_kind as IndKpiRecord['sourceKind'],
      se: r.se,
      ciLow: r.ci_low,
      ciHigh: r.ci_high,
      instrument: r.instrument,
      citation: r.citation,
      enteredBy: r.entered_by,
    }
  );
}

export async function deleteKpiValue(db: Db, id: number) {
  await db.deleteFrom('ind_kpi_values').where('id', '=', id).execute();
}

export async function insertSchools(db: Db, schools: SchoolInput[]) {
  for (const part of batches(schools, 5)) {
    await db
      .insertInto('ind_schools')
      .values(
        part.map((s) => ({
          name: s.name,
          area_code: s.areaCode,
          level: s.level,
          urban_rural: s.urbanRural,
          counsellors: s.counsellors,
        })),
      )
      .execute();
  }
}

/** The schools of the jurisdiction's areas. */
function schoolQuery(db: Db, j: string) {
  return db
    .selectFrom('ind_schools as s')
    .innerJoin('areas as a', 'a.code', 's.area_code')
    .where(areaWithin(j))
    .select([
      's.id',
      's.name',
      's.area_code',
      'a.name as area_name',
      's.level',
      's.urban_rural',
      's.counsellors',
      's.demo',
    ]);
}
type SchoolRow = Awaited<ReturnType<ReturnType<typeof schoolQuery>['executeTakeFirstOrThrow']>>;
const toSchool = (r: SchoolRow): IndSchool => ({
  id: r.id,
  name: r.name,
  areaCode: r.area_code,
  areaName: r.area_name,
  level: r.level,
  urbanRural: r.urban_rural,
  counsellors: r.counsellors,
  demo: r.demo,
});

export async function listSchools(db: Db, j: string): Promise<IndSchool[]> {
  return (await schoolQuery(db, j).orderBy('s.area_code').orderBy('s.name').execute()).map(toSchool);
}

export async function findSchool(db: Db, j: string, id: number): Promise<IndSchool | undefined> {
  const r = await schoolQuery(db, j).where('s.id', '=', id).executeTakeFirst();
  return r && toSchool(r);
}

export async function updateSchoolCounsellors(db: Db, id: number, counsellors: number) {
  await db
    .updateTable('ind_schools')
    .set({ counsellors, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function deleteSchool(db: Db, id: number) {
  await db.deleteFrom('ind_schools').where('id', '=', id).execute();
}

/** Share of schools with at least one counsellor, per child area of `root` and for the root (SQL over the registry). */
export async function counsellorShare(db: Db, root: string): Promise<CounsellorShare[]> {
  const r = await sql<{ area: string; schools: string; with_counsellor: string }>`
    select coalesce(c.code, a.code) as area, count(*) as schools, count(*) filter (where s.counsellors > 0) as with_counsellor
    from ind_schools s join areas a on a.code = s.area_code
    left join areas c on c.parent_code = ${root} and (c.code = a.code or c.code = any(a.path))
    where a.code = ${root} or ${root} = any(a.path)
    group by 1 order by 1
  `.execute(db);
  return r.rows.map((x) => ({
    area: x.area,
    schools: Number(x.schools),
    withCounsellor: Number(x.with_counsellor),
    share: Number(x.schools) ? (Number(x.with_counsellor) / Number(x.schools)) * 100 : null,
  }));
}
