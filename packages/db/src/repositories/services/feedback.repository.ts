// Answers to activities' satisfaction surveys; a ticket answers once (a partial unique index on the registration).
import type { FeedbackInput, FeedbackRecord } from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, num } from './rows.ts';

type Db = Kysely<Database>;

export async function insertFeedback(db: Db, f: FeedbackInput): Promise<number | null> {
  const { rows } = await sql<{ id: number }>`insert into svc_feedback
      (activity_id, registration_id, overall, content, organisation, recommend, comment)
    values (${f.activityId}, ${f.registrationId}, ${f.overall}, ${f.content}, ${f.organisation}, ${f.recommend},
      ${f.comment})
    on conflict (registration_id) where registration_id is not null do nothing
    returning id`.execute(db);
  return rows[0] ? num(rows[0].id) : null;
}

export async function feedbackOf(db: Db, activityId: number): Promise<FeedbackRecord[]> {
  const { rows } = await sql<
    Record<string, unknown>
  >`select id, activity_id, registration_id is not null as ticket,
      overall, content, organisation, recommend, comment, created_at
    from svc_feedback where activity_id = ${activityId} order by created_at desc, id desc`.execute(db);
  return rows.map((r) => ({
    id: num(r.id),
    activityId: num(r.activity_id),
    ticket: Boolean(r.ticket),
    overall: num(r.overall),
    content: num(r.content),
    organisation: num(r.organisation),
    recommend: r.recommend === null ? null : Boolean(r.recommend),
    comment: String(r.comment),
    createdAt: iso(r.created_at),
  }));
}
