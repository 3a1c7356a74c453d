// Courses with what their sessions and trainees add up to (year, trainees, completed, sessions and hours held).
import type { CourseInput, CourseQuery, CourseRecord } from '@kepu/domain/training';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

export const json = <T>(v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const sum = (h: Record<string, number | undefined>) =>
  Object.values(h).reduce<number>((s, n) => s + (n ?? 0), 0);

function course(r: Row): CourseRecord {
  const headcount = json<CourseRecord['headcount']>(r.headcount) ?? {};
  const named = r.trainee_mode === 'named';
  return {
    id: num(r.id),
    title: String(r.title),
    programme: r.programme as CourseRecord['programme'],
    taskNumber: r.task_number === null ? null : num(r.task_number),
    organiserUnitId: num(r.organiser_unit_id),
    organiserName: String(r.organiser_name),
    areaCode: String(r.area_code),
    areaName: String(r.area_name),
    areaPath: (r.area_path as string[]) ?? [],
    topic: String(r.topic),
    targetGroup: r.target_group as CourseRecord['targetGroup'],
    traineeMode: r.trainee_mode as CourseRecord['traineeMode'],
    headcount,
    bySex: r.by_sex === null ? null : json<CourseRecord['bySex']>(r.by_sex),
    completedCount: r.completed_count === null ? null : num(r.completed_count),
    year: num(r.year),
    trainees: named ? num(r.named) : sum(headcount),
    completed: named ? num(r.named_completed) : r.completed_count === null ? 0 : num(r.completed_count),
    sessionsHeld: num(r.sessions_held),
    hoursHeld: num(r.hours_held),
    demo: Boolean(r.demo),
    createdAt: iso(r.created_at),
  };
}

const select = sql`select * from (select c.*, u.name as organiser_name, ar.name as area_name, ar.path as area_path,
    coalesce(
      (select min(extract(year from s.starts_on)) from trn_sessions s where s.course_id = c.id and s.state <> 'void'),
      extract(year from c.created_at at time zone 'Asia/Shanghai'))::integer as year,
    (select count(*) from trn_trainees t where t.course_id = c.id) as named,
    (select count(*) from trn_trainees t where t.course_id = c.id and t.completed) as named_completed,
    (select count(*) from trn_sessions s where s.course_id = c.id and s.state = 'completed') as sessions_held,
    (select coalesce(sum(s.hours), 0) from trn_sessions s where s.course_id = c.id and s.state = 'completed')
      as hours_held
  from trn_courses c join org_units u on u.id = c.organiser_unit_id join areas ar on ar.code = c.area_code) x`;

export async function listCourses(db: Db, q: CourseQuery) {
  const w = [sql`true`];
  if (q.year) w.push(sql`x.year = ${q.year}`);
  if (q.programme) w.push(sql`x.programme = ${q.programme}`);
  if (q.organiserUnitId) w.push(sql`x.organiser_unit_id = ${q.organiserUnitId}`);
  if (q.areaRoot) w.push(sql`(x.area_code = ${q.areaRoot} or ${q.areaRoot} = any(x.area_path))`);
  const { rows } = await sql<Row>`${select} where ${sql.join(w, sql` and `)}
    order by x.year desc, x.id desc`.execute(db);
  return rows.map(course);
}

export async function getCourse(db: Db, id: number) {
  const { rows } = await sql<Row>`${select} where x.id = ${id}`.execute(db);
  return rows[0] && course(rows[0]);
}

export async function insertCourse(db: Db, c: CourseInput, by: string) {
  const { rows } = await sql<Row>`insert into trn_courses (title, programme, task_number, organiser_unit_id,
      area_code, topic, target_group, trainee_mode, headcount, by_sex, completed_count, created_by)
    values (${c.title}, ${c.programme}, ${c.taskNumber}, ${c.organiserUnitId}, ${c.areaCode}, ${c.topic},
      ${c.targetGroup}, ${c.traineeMode}, ${JSON.stringify(c.headcount)}::jsonb,
      ${c.bySex === null ? null : JSON.stringify(c.bySex)}::jsonb, ${c.completedCount}, ${by})
    returning id`.execute(db);
  return (await getCourse(db, num(rows[0]?.id))) as CourseRecord;
}

const columns: Record<keyof CourseInput, string> = {
  title: 'title',
  programme: 'programme',
  taskNumber: 'task_number',
  organiserUnitId: 'organiser_unit_id',
  areaCode: 'area_code',
  topic: 'topic',
  targetGroup: 'target_group',
  traineeMode: 'trainee_mode',
  headcount: 'headcount',
  bySex: 'by_sex',
  completedCount: 'completed_count',
};

export async function updateCourse(db: Db, id: number, patch: Partial<CourseInput>) {
  const sets = Object.entries(patch)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const col = sql.ref(columns[k as keyof CourseInput]);
      return k === 'headcount' || k === 'bySex'
        ? sql`${col} = ${v === null ? null : JSON.stringify(v)}::jsonb`
        : sql`${col} = ${v}`;
    });
  if (sets.length) await sql`update trn_courses set ${sql.join(sets)} where id = ${id}`.execute(db);
}
