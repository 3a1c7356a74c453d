// Sessions (never deleted: voided with a reason), trainees (erased by the purge) and evidence files.
import type {
  SessionInput,
  SessionRecord,
  TraineeInput,
  TraineeRecord,
  TrnFileInfo,
} from '@kepu/domain/training';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, isoOrNull, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const session = (r: Row): SessionRecord => ({
  id: num(r.id),
  courseId: num(r.course_id),
  startsOn: String(r.starts),
  endsOn: String(r.ends),
  hours: num(r.hours),
  place: String(r.place),
  mode: r.mode as SessionRecord['mode'],
  state: r.state as SessionRecord['state'],
  completedAt: isoOrNull(r.completed_at),
  voidedAt: isoOrNull(r.voided_at),
  voidReason: (r.void_reason as string) ?? null,
});
const selectSessions = sql`select s.*, to_char(s.starts_on, 'YYYY-MM-DD') as starts,
  to_char(s.ends_on, 'YYYY-MM-DD') as ends from trn_sessions s`;

export async function listSessions(db: Db, courseId: number) {
  const { rows } = await sql<Row>`${selectSessions} where s.course_id = ${courseId}
    order by s.starts_on, s.id`.execute(db);
  return rows.map(session);
}
export async function getSession(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectSessions} where s.id = ${id}`.execute(db);
  return rows[0] && session(rows[0]);
}
export async function insertSession(db: Db, courseId: number, s: SessionInput) {
  const { rows } = await sql<Row>`insert into trn_sessions (course_id, starts_on, ends_on, hours, place, mode)
    values (${courseId}, ${s.startsOn}::date, ${s.endsOn}::date, ${s.hours}, ${s.place}, ${s.mode})
    returning id`.execute(db);
  return (await getSession(db, num(rows[0]?.id))) as SessionRecord;
}
const sessionColumns: Record<keyof SessionInput, string> = {
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  hours: 'hours',
  place: 'place',
  mode: 'mode',
};
export async function updateSession(db: Db, id: number, patch: Partial<SessionInput>) {
  const sets = Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const col = sql.ref(sessionColumns[k as keyof SessionInput]);
      return k === 'startsOn' || k === 'endsOn' ? sql`${col} = ${v}::date` : sql`${col} = ${v}`;
    });
  if (sets.length) await sql`update trn_sessions set ${sql.join(sets)} where id = ${id}`.execute(db);
}
export async function completeSession(db: Db, id: number, at: string) {
  await sql`update trn_sessions set state = 'completed', completed_at = ${at}::timestamptz
    where id = ${id}`.execute(db);
}
export async function voidSession(db: Db, id: number, reason: string, by: string, at: string) {
  await sql`update trn_sessions set state = 'void', voided_at = ${at}::timestamptz, void_reason = ${reason},
    voided_by = ${by} where id = ${id}`.execute(db);
}

const trainee = (r: Row): TraineeRecord => ({
  id: num(r.id),
  courseId: num(r.course_id),
  name: String(r.name),
  unit: String(r.unit),
  phone: String(r.phone),
  targetGroup: r.target_group as TraineeRecord['targetGroup'],
  sex: (r.sex as TraineeRecord['sex']) ?? null,
  consentAt: iso(r.consent_at),
  completed: Boolean(r.completed),
  certificateNo: String(r.certificate_no),
  erased: Boolean(r.erased),
});
export async function listTrainees(db: Db, courseId: number) {
  const { rows } =
    await sql<Row>`select * from trn_trainees where course_id = ${courseId} order by id`.execute(db);
  return rows.map(trainee);
}
export async function getTrainee(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from trn_trainees where id = ${id}`.execute(db);
  return rows[0] && trainee(rows[0]);
}
export async function insertTrainee(db: Db, courseId: number, t: TraineeInput, consentAt: string) {
  const { rows } = await sql<Row>`insert into trn_trainees (course_id, name, unit, phone, target_group, sex,
      consent_at) values (${courseId}, ${t.name}, ${t.unit}, ${t.phone}, ${t.targetGroup}, ${t.sex},
      ${consentAt}::timestamptz) returning *`.execute(db);
  return trainee(rows[0] as Row);
}
const traineeColumns: Record<string, string> = {
  name: 'name',
  unit: 'unit',
  phone: 'phone',
  targetGroup: 'target_group',
  sex: 'sex',
  completed: 'completed',
  certificateNo: 'certificate_no',
};
export async function updateTrainee(db: Db, id: number, patch: Record<string, unknown>) {
  const sets = Object.entries(patch)
    .filter(([k, v]) => v !== undefined && traineeColumns[k])
    .map(([k, v]) => sql`${sql.ref(traineeColumns[k] as string)} = ${v}`);
  if (sets.length) await sql`update trn_trainees set ${sql.join(sets)} where id = ${id}`.execute(db);
}
export async function deleteTrainee(db: Db, id: number) {
  await sql`delete from trn_trainees where id = ${id}`.execute(db);
}
export async function purgeableTrainees(db: Db, before: string) {
  const { rows } = await sql<Row>`select t.id from trn_trainees t where not t.erased
    and (select max(s.ends_on) from trn_sessions s where s.course_id = t.course_id) < ${before}::date
    order by t.id`.execute(db);
  return rows.map((r) => num(r.id));
}
export async function eraseTrainee(db: Db, id: number) {
  await sql`update trn_trainees set name = '已删除', unit = '', phone = '', erased = true
    where id = ${id}`.execute(db);
}

const file = (r: Row): TrnFileInfo => ({
  id: num(r.id),
  courseId: num(r.course_id),
  fileName: String(r.file_name),
  contentType: String(r.content_type),
  bytes: num(r.bytes),
  uploadedBy: String(r.uploaded_by),
  uploadedAt: iso(r.uploaded_at),
});
export async function listFiles(db: Db, courseId: number) {
  const { rows } =
    await sql<Row>`select id, course_id, file_name, content_type, bytes, uploaded_by, uploaded_at
    from trn_files where course_id = ${courseId} order by id`.execute(db);
  return rows.map(file);
}
export async function insertFile(db: Db, f: Omit<TrnFileInfo, 'id' | 'uploadedAt'> & { data: Uint8Array }) {
  const { rows } =
    await sql<Row>`insert into trn_files (course_id, file_name, content_type, bytes, data, uploaded_by)
    values (${f.courseId}, ${f.fileName}, ${f.contentType}, ${f.bytes}, ${Buffer.from(f.data)}, ${f.uploadedBy})
    returning id, course_id, file_name, content_type, bytes, uploaded_by, uploaded_at`.execute(db);
  return file(rows[0] as Row);
}
export async function getFile(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from trn_files where id = ${id}`.execute(db);
  const r = rows[0];
  return r && { ...file(r), data: new Uint8Array(r.data as Uint8Array) };
}
