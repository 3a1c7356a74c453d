// Instruments (versions kept as data) and surveys with their stage, design and interviewers' PSUs.
import type {
  StoredSurvey,
  SurveyAssignment,
  SurveyInput,
  SurveyInstrumentInput,
  SurveyInstrumentRecord,
  SurveyPatch,
  SurveyQuotas,
} from '@kepu/domain/survey';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { SurveyInstrumentsTable, SurveysTable } from '../../schema/survey.ts';
import type { Database } from '../../schema.ts';

type Db = Kysely<Database>;
const iso = (d: Date) => d.toISOString();

const instrument = (r: Selectable<SurveyInstrumentsTable>): SurveyInstrumentRecord => ({
  id: r.id,
  code: r.code,
  version: r.version,
  title: r.title,
  illustrative: r.illustrative,
  definition: r.definition,
  createdAt: iso(r.created_at),
});

const survey = (r: Selectable<SurveysTable>): StoredSurvey => ({
  id: r.id,
  name: r.name,
  year: r.year,
  instrumentId: r.instrument_id,
  districts: r.districts,
  status: r.status,
  consent: r.consent,
  design: r.design ?? null,
  createdAt: iso(r.created_at),
  statusAt: iso(r.status_at),
  retentionMonths: r.retention_months,
  closedAt: r.closed_at && iso(r.closed_at),
  purgedAt: r.purged_at && iso(r.purged_at),
  quotas: (r.quotas as SurveyQuotas | null) ?? null,
});

export const listInstruments = async (db: Db) =>
  (await db.selectFrom('survey_instruments').selectAll().orderBy('code').orderBy('version').execute()).map(
    instrument,
  );

export async function getInstrument(db: Db, id: number) {
  const r = await db.selectFrom('survey_instruments').selectAll().where('id', '=', id).executeTakeFirst();
  return r && instrument(r);
}

export async function insertInstrument(db: Db, i: SurveyInstrumentInput) {
  const r = await db
    .insertInto('survey_instruments')
    .values({
      code: i.code,
      version: i.version,
      title: i.title,
      illustrative: i.illustrative,
      definition: JSON.stringify(i.definition),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return instrument(r);
}

export const listSurveys = async (db: Db) =>
  (await db.selectFrom('surveys').selectAll().orderBy('year', 'desc').orderBy('id', 'desc').execute()).map(
    survey,
  );

export async function getSurvey(db: Db, id: number) {
  const r = await db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
  return r && survey(r);
}

export async function insertSurvey(db: Db, s: SurveyInput) {
  const r = await db
    .insertInto('surveys')
    .values({
      name: s.name,
      year: s.year,
      instrument_id: s.instrumentId,
      districts: s.districts,
      consent: s.consent,
      design: null,
      ...(s.retentionMonths !== undefined && { retention_months: s.retentionMonths }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return survey(r);
}

export async function updateSurvey(db: Db, id: number, p: SurveyPatch) {
  const r = await db
    .updateTable('surveys')
    .set({
      ...(p.name !== undefined && { name: p.name }),
      ...(p.year !== undefined && { year: p.year }),
      ...(p.instrumentId !== undefined && { instrument_id: p.instrumentId }),
      ...(p.districts !== undefined && { districts: p.districts }),
      ...(p.consent !== undefined && { consent: p.consent }),
      ...(p.design !== undefined && { design: JSON.stringify(p.design) }),
      ...(p.quotas !== undefined && { quotas: p.quotas === null ? null : JSON.stringify(p.quotas) }),
      ...(p.retentionMonths !== undefined && { retention_months: p.retentionMonths }),
      ...(p.status !== undefined && { status: p.status, status_at: sql`now()` }),
      ...(p.status === 'closed' && { closed_at: sql`now()` }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return survey(r);
}

export async function listAssignments(db: Db, surveyId: number): Promise<SurveyAssignment[]> {
  const rows = await db
    .selectFrom('survey_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.psu_code', 'a.user_id', 'u.username', 'u.display_name'])
    .where('a.survey_id', '=', surveyId)
    .orderBy('a.psu_code')
    .orderBy('u.username')
    .execute();
  return rows.map((r) => ({
    psuCode: r.psu_code,
    userId: r.user_id,
    username: r.username,
    displayName: r.display_name,
  }));
}

export async function replaceAssignments(
  db: Db,
  surveyId: number,
  list: { psuCode: string; userId: number }[],
) {
  await db.deleteFrom('survey_assignments').where('survey_id', '=', surveyId).execute();
  if (list.length)
    await db
      .insertInto('survey_assignments')
      .values(list.map((a) => ({ survey_id: surveyId, psu_code: a.psuCode, user_id: a.userId })))
      .execute();
}

/**
 * Deletes a survey's respondent-level answers once, marking it purged: the row lock taken by the update makes a
 * second purge running at the same time find nothing to do (null).
 */
export async function purgeResponses(db: Db, surveyId: number, at: Date): Promise<number | null> {
  const marked = await db
    .updateTable('surveys')
    .set({ purged_at: at })
    .where('id', '=', surveyId)
    .where('purged_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!marked) return null;
  const gone = await db.deleteFrom('survey_responses').where('survey_id', '=', surveyId).executeTakeFirst();
  return Number(gone.numDeletedRows);
}
