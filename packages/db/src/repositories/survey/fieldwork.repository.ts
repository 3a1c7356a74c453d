// Invitations (a random token each; only its SHA-256 is stored, with an optional contact that goes when fieldwork
// closes) and responses with their quality flags and the analyst's decision.
import { createHash, randomBytes } from 'node:crypto';
import type {
  InvitationCount,
  IssuedInvitation,
  SurveyInvitation,
  SurveyResponseInput,
  SurveyResponsePatch,
  SurveyResponseRecord,
} from '@kepu/domain/survey';
import { type Kysely, type Selectable, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { SurveyResponsesTable } from '../../schema/survey.ts';
import type { Database } from '../../schema.ts';

type Db = Kysely<Database>;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueInvitations(
  db: Db,
  surveyId: number,
  psuCode: string | null,
  contacts: (string | null)[],
): Promise<IssuedInvitation[]> {
  const made = contacts.map((contact) => {
    const token = randomBytes(12).toString('base64url');
    return { contact, token, hash: hashToken(token) };
  });
  const byHash = new Map(made.map((m) => [m.hash, m]));
  const out: IssuedInvitation[] = [];
  for (const part of batches(made, 4)) {
    const rows = await db
      .insertInto('survey_tokens')
      .values(
        part.map((m) => ({
          survey_id: surveyId,
          token_hash: m.hash,
          psu_code: psuCode,
          contact: m.contact,
        })),
      )
      .returning(['id', 'token_hash'])
      .execute();
    for (const r of rows) {
      const m = byHash.get(r.token_hash) as (typeof made)[number];
      out.push({ id: r.id, surveyId, psuCode, token: m.token, contact: m.contact });
    }
  }
  return out;
}

export async function findInvitation(db: Db, token: string): Promise<SurveyInvitation | undefined> {
  const r = await db
    .selectFrom('survey_tokens')
    .select(['id', 'survey_id', 'psu_code'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return r && { id: r.id, surveyId: r.survey_id, psuCode: r.psu_code };
}

export async function countInvitations(db: Db, surveyId: number): Promise<InvitationCount[]> {
  const rows = await db
    .selectFrom('survey_tokens')
    .select(['psu_code', sql<string>`count(*)`.as('n')])
    .where('survey_id', '=', surveyId)
    .groupBy('psu_code')
    .execute();
  return rows.map((r) => ({ psuCode: r.psu_code, issued: Number(r.n) }));
}

export async function dropInvitations(db: Db, surveyId: number): Promise<number> {
  const r = await db.deleteFrom('survey_tokens').where('survey_id', '=', surveyId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const response = (r: Selectable<SurveyResponsesTable>): SurveyResponseRecord => ({
  id: r.id,
  surveyId: r.survey_id,
  invitationId: r.token_id,
  mode: r.mode,
  psuCode: r.psu_code,
  answers: r.answers as SurveyResponseRecord['answers'],
  demographics: r.demographics as SurveyResponseRecord['demographics'],
  consentAt: iso(r.consent_at),
  startedAt: r.started_at.toISOString(),
  submittedAt: iso(r.submitted_at),
  device: r.device,
  interviewerId: r.interviewer_id,
  review: r.review,
  reviewReason: r.review_reason,
  synthetic: r.synthetic,
});

export const listResponses = async (db: Db, surveyId: number) =>
  (
    await db
      .selectFrom('survey_responses')
      .selectAll()
      .where('survey_id', '=', surveyId)
      .orderBy('id')
      .execute()
  ).map(response);

export async function getResponse(db: Db, id: number) {
  const r = await db.selectFrom('survey_responses').selectAll().where('id', '=', id).executeTakeFirst();
  return r && response(r);
}

export async function responseOf(db: Db, invitationId: number) {
  const r = await db
    .selectFrom('survey_responses')
    .selectAll()
    .where('token_id', '=', invitationId)
    .executeTakeFirst();
  return r && response(r);
}

const responseRow = (r: SurveyResponseInput) => ({
  survey_id: r.surveyId,
  token_id: r.invitationId,
  mode: r.mode,
  psu_code: r.psuCode,
  answers: JSON.stringify(r.answers),
  demographics: JSON.stringify(r.demographics),
  device: r.device,
  interviewer_id: r.interviewerId,
  consent_at: r.consentAt ?? null,
  submitted_at: r.submittedAt ?? null,
  ...(r.startedAt && { started_at: r.startedAt }),
  ...(r.synthetic !== undefined && { synthetic: r.synthetic }),
});

export async function insertResponse(db: Db, r: SurveyResponseInput) {
  return response(
    await db.insertInto('survey_responses').values(responseRow(r)).returningAll().executeTakeFirstOrThrow(),
  );
}

export async function insertResponses(db: Db, list: readonly SurveyResponseInput[]): Promise<number> {
  for (const part of batches(list, 13))
    await db.insertInto('survey_responses').values(part.map(responseRow)).execute();
  return list.length;
}

export async function updateResponse(db: Db, id: number, p: SurveyResponsePatch) {
  const row = await db
    .updateTable('survey_responses')
    .set({
      ...(p.answers !== undefined && { answers: JSON.stringify(p.answers) }),
      ...(p.demographics !== undefined && { demographics: JSON.stringify(p.demographics) }),
      ...(p.consentAt !== undefined && { consent_at: p.consentAt }),
      ...(p.submittedAt !== undefined && { submitted_at: p.submittedAt }),
      ...(p.device !== undefined && { device: p.device }),
      ...(p.review !== undefined && { review: p.review }),
      ...(p.reviewReason !== undefined && { review_reason: p.reviewReason }),
      ...(p.reviewedBy !== undefined && { reviewed_by: p.reviewedBy }),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return response(row);
}
