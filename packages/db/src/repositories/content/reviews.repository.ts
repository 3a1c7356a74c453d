// Reviews sent to experts (by a key of their own), emergency publications, and the reads counted per work and day.
import type { EmergencyRecord, ReadCount, ReviewRecord } from '@kepu/domain/content';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, hashTicket, iso, isoOrNull, newTicketToken, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const review = (r: Row): ReviewRecord => ({
  id: num(r.id),
  workId: num(r.work_id),
  version: num(r.version),
  expertId: num(r.expert_id),
  expertName: String(r.expert_name),
  state: r.state as ReviewRecord['state'],
  comments: String(r.comments),
  assignedBy: String(r.assigned_by),
  assignedAt: iso(r.assigned_at),
  decidedAt: isoOrNull(r.decided_at),
});

export async function insertReview(db: Db, r: Omit<ReviewRecord, 'id' | 'state' | 'comments' | 'decidedAt'>) {
  const token = newTicketToken();
  const { rows } =
    await sql<Row>`insert into cnt_reviews (work_id, version, expert_id, expert_name, token_hash, state,
      assigned_by, assigned_at)
    values (${r.workId}, ${r.version}, ${r.expertId}, ${r.expertName}, ${hashTicket(token)}, 'pending',
      ${r.assignedBy}, ${r.assignedAt}) returning id`.execute(db);
  return { id: num(rows[0]?.id), token };
}

export async function reviewByToken(db: Db, token: string) {
  const { rows } = await sql<Row>`select * from cnt_reviews where token_hash = ${hashTicket(token)}`.execute(
    db,
  );
  return rows[0] && review(rows[0]);
}

export async function reviewsOf(db: Db, q: { workId?: number; expertId?: number }) {
  const { rows } = await sql<Row>`select * from cnt_reviews
    where (${q.workId ?? null}::int is null or work_id = ${q.workId ?? null})
      and (${q.expertId ?? null}::int is null or expert_id = ${q.expertId ?? null})
    order by id desc`.execute(db);
  return rows.map(review);
}

export async function setReview(
  db: Db,
  id: number,
  state: ReviewRecord['state'],
  comments: string,
  at: string,
) {
  await sql`update cnt_reviews set state = ${state}, comments = ${comments}, decided_at = ${at}
    where id = ${id}`.execute(db);
}

const emergency = (r: Row): EmergencyRecord => ({
  id: num(r.id),
  workId: num(r.work_id),
  hazard: r.hazard as EmergencyRecord['hazard'],
  title: String(r.title),
  signOff: String(r.sign_off),
  startedBy: String(r.started_by),
  startedAt: iso(r.started_at),
  endedBy: (r.ended_by as string | null) ?? null,
  endedAt: isoOrNull(r.ended_at),
  endNote: (r.end_note as string | null) ?? null,
});

export async function insertEmergency(
  db: Db,
  e: Omit<EmergencyRecord, 'id' | 'endedBy' | 'endedAt' | 'endNote' | 'title'>,
) {
  const { rows } =
    await sql<Row>`insert into cnt_emergencies (work_id, hazard, sign_off, started_by, started_at)
    values (${e.workId}, ${e.hazard}, ${e.signOff}, ${e.startedBy}, ${e.startedAt}) returning id`.execute(db);
  return num(rows[0]?.id);
}

const selectEmergency = sql`select e.*, w.title from cnt_emergencies e join cnt_works w on w.id = e.work_id`;

export async function getEmergency(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectEmergency} where e.id = ${id}`.execute(db);
  return rows[0] && emergency(rows[0]);
}

export async function emergencies(db: Db, q: { active?: boolean; workId?: number }) {
  const { rows } = await sql<Row>`${selectEmergency}
    where (${q.active ?? null}::boolean is null or (e.ended_at is null) = ${q.active ?? null})
      and (${q.workId ?? null}::int is null or e.work_id = ${q.workId ?? null})
    order by e.started_at desc, e.id desc`.execute(db);
  return rows.map(emergency);
}

export async function endEmergency(db: Db, id: number, by: string, at: string, note: string) {
  await sql`update cnt_emergencies set ended_by = ${by}, ended_at = ${at}, end_note = ${note}
    where id = ${id} and ended_at is null`.execute(db);
}

export async function countRead(db: Db, workId: number, d: string) {
  await sql`insert into cnt_reads (work_id, day, count) values (${workId}, ${d}::date, 1)
    on conflict (work_id, day) do update set count = cnt_reads.count + 1`.execute(db);
}

export async function takeReadsBefore(db: Db, d: string): Promise<ReadCount[]> {
  const { rows } = await sql<Row>`update cnt_reads set on_ledger = true
    where not on_ledger and day < ${d}::date returning work_id, day, count`.execute(db);
  return rows
    .map((r) => ({ workId: num(r.work_id), day: day(r.day), count: num(r.count) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.workId - b.workId);
}
