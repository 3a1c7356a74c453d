// Invitations from activities and service records (voided, never deleted).
import type { InvitationRecord, ServiceInput, ServiceRecord } from '@kepu/domain/experts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, iso, isoOrNull, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const invitation = (r: Row): InvitationRecord => ({
  id: num(r.id),
  activityId: num(r.activity_id),
  activityTitle: String(r.activity_title),
  activityAreaCode: String(r.activity_area_code),
  expertId: num(r.expert_id),
  expertName: String(r.expert_name),
  topic: (r.topic as InvitationRecord['topic']) ?? null,
  note: String(r.note),
  state: r.state as InvitationRecord['state'],
  reason: r.reason === null ? null : String(r.reason),
  requestedBy: String(r.requested_by),
  requestedAt: iso(r.requested_at),
  answeredBy: r.answered_by === null ? null : String(r.answered_by),
  answeredAt: isoOrNull(r.answered_at),
});

const selectInvitation = sql`select i.*, a.title as activity_title, a.area_code as activity_area_code,
    e.name as expert_name
  from exp_invitations i join svc_activities a on a.id = i.activity_id join exp_experts e on e.id = i.expert_id`;

export async function insertInvitation(
  db: Db,
  i: { activityId: number; expertId: number; topic: string | null; note: string },
  by: string,
  at: string,
) {
  const { rows } = await sql<Row>`insert into exp_invitations (activity_id, expert_id, topic, note, state,
      requested_by, requested_at)
    values (${i.activityId}, ${i.expertId}, ${i.topic}, ${i.note}, 'requested', ${by}, ${at}::timestamptz)
    returning id`.execute(db);
  return (await getInvitation(db, num(rows[0]?.id))) as InvitationRecord;
}

export async function getInvitation(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectInvitation} where i.id = ${id}`.execute(db);
  return rows[0] && invitation(rows[0]);
}

export async function listInvitations(db: Db, q: { activityId?: number; expertId?: number }) {
  const where = [sql`true`];
  if (q.activityId) where.push(sql`i.activity_id = ${q.activityId}`);
  if (q.expertId) where.push(sql`i.expert_id = ${q.expertId}`);
  const { rows } = await sql<Row>`${selectInvitation} where ${sql.join(where, sql` and `)}
    order by i.id desc`.execute(db);
  return rows.map(invitation);
}

export async function setInvitationState(
  db: Db,
  id: number,
  state: InvitationRecord['state'],
  p: { reason: string | null; by: string; at: string },
) {
  await sql`update exp_invitations set state = ${state}, reason = coalesce(${p.reason}, reason),
    answered_by = ${p.by}, answered_at = ${p.at}::timestamptz where id = ${id}`.execute(db);
}

const service = (r: Row): ServiceRecord => ({
  id: num(r.id),
  expertId: num(r.expert_id),
  kind: r.kind as ServiceRecord['kind'],
  date: day(r.date),
  hours: num(r.hours),
  activityId: r.activity_id === null ? null : num(r.activity_id),
  activityTitle: r.activity_title === null ? null : String(r.activity_title),
  invitationId: r.invitation_id === null ? null : num(r.invitation_id),
  ref: r.ref === null ? null : String(r.ref),
  note: String(r.note),
  createdBy: String(r.created_by),
  createdAt: iso(r.created_at),
  voidedAt: isoOrNull(r.voided_at),
  voidReason: r.void_reason === null ? null : String(r.void_reason),
});

const selectService = sql`select s.*, a.title as activity_title
  from exp_services s left join svc_activities a on a.id = s.activity_id`;

export async function insertService(db: Db, s: ServiceInput, by: string) {
  const { rows } = await sql<Row>`insert into exp_services (expert_id, kind, date, hours, activity_id,
      invitation_id, ref, note, created_by)
    values (${s.expertId}, ${s.kind}, ${s.date}::date, ${s.hours}, ${s.activityId}, ${s.invitationId}, ${s.ref},
      ${s.note}, ${by}) returning id`.execute(db);
  return (await getService(db, num(rows[0]?.id))) as ServiceRecord;
}

export async function getService(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectService} where s.id = ${id}`.execute(db);
  return rows[0] && service(rows[0]);
}

export async function listServices(db: Db, q: { expertId?: number; activityId?: number }) {
  const where = [sql`true`];
  if (q.expertId) where.push(sql`s.expert_id = ${q.expertId}`);
  if (q.activityId) where.push(sql`s.activity_id = ${q.activityId}`);
  const { rows } = await sql<Row>`${selectService} where ${sql.join(where, sql` and `)}
    order by s.date desc, s.id desc`.execute(db);
  return rows.map(service);
}

export async function voidService(db: Db, id: number, reason: string, by: string, at: string) {
  await sql`update exp_services set voided_at = ${at}::timestamptz, void_reason = ${reason}, voided_by = ${by}
    where id = ${id} and voided_at is null`.execute(db);
}
