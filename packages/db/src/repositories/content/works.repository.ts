// Works, their versions and the log of their steps.
import type {
  VersionInput,
  VersionRecord,
  WorkEvent,
  WorkInput,
  WorkMeta,
  WorkQuery,
  WorkRecord,
} from '@kepu/domain/content';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, isoOrNull, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const work = (r: Row): WorkRecord => ({
  id: num(r.id),
  title: String(r.title),
  kind: r.kind as WorkRecord['kind'],
  topics: (r.topics as string[]) ?? [],
  targetGroups: (r.target_groups as WorkRecord['targetGroups']) ?? [],
  unitId: r.unit_id === null ? null : num(r.unit_id),
  unitName: r.unit_name === null ? null : String(r.unit_name),
  author: String(r.author),
  source: String(r.source),
  licence: String(r.licence),
  hazard: (r.hazard as WorkRecord['hazard']) ?? null,
  state: r.state as WorkRecord['state'],
  version: num(r.version),
  publishedVersion: r.published_version === null ? null : num(r.published_version),
  publishedAt: isoOrNull(r.published_at),
  withdrawnReason: (r.withdrawn_reason as string | null) ?? null,
  createdBy: String(r.created_by),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  reads: num(r.reads ?? 0),
  demo: Boolean(r.demo),
});

const select = sql`select w.*, u.name as unit_name,
    coalesce((select sum(count) from cnt_reads r where r.work_id = w.id), 0) as reads
  from cnt_works w left join org_units u on u.id = w.unit_id`;

export async function listWorks(db: Db, q: WorkQuery) {
  const where = [sql`true`];
  if (q.states) where.push(sql`w.state in (${sql.join(q.states.length ? q.states : [''])})`);
  if (q.kind) where.push(sql`w.kind = ${q.kind}`);
  if (q.topic) where.push(sql`${q.topic} = any(w.topics)`);
  if (q.unitIds) where.push(sql`w.unit_id in (${sql.join(q.unitIds.length ? q.unitIds : [-1])})`);
  const { rows } = await sql<Row>`${select} where ${sql.join(where, sql` and `)}
    order by coalesce(w.published_at, w.updated_at) desc, w.id desc`.execute(db);
  return rows.map(work);
}

export async function getWork(db: Db, id: number, lock = false) {
  if (lock) await sql`select id from cnt_works where id = ${id} for update`.execute(db);
  const { rows } = await sql<Row>`${select} where w.id = ${id}`.execute(db);
  return rows[0] && work(rows[0]);
}

export async function insertWork(db: Db, w: WorkInput, v: VersionInput, by: string, at: string) {
  const { rows } =
    await sql<Row>`insert into cnt_works (title, kind, topics, target_groups, unit_id, author, source,
      licence, hazard, state, created_by, created_at, updated_at)
    values (${w.title}, ${w.kind}, ${sql.val(w.topics)}::text[], ${sql.val(w.targetGroups)}::text[], ${w.unitId}, ${w.author}, ${w.source},
      ${w.licence}, ${w.hazard}, 'draft', ${by}, ${at}::timestamptz, ${at}::timestamptz) returning id`.execute(
      db,
    );
  const id = num(rows[0]?.id);
  await insertVersionNumbered(db, id, 1, v, by, at);
  return id;
}

export async function updateWorkMeta(db: Db, id: number, m: WorkMeta, at: string) {
  await sql`update cnt_works set title = ${m.title}, topics = ${sql.val(m.topics)}::text[], target_groups = ${sql.val(m.targetGroups)}::text[],
      unit_id = ${m.unitId}, author = ${m.author}, source = ${m.source}, licence = ${m.licence}, hazard = ${m.hazard},
      updated_at = ${at}
    where id = ${id}`.execute(db);
}

export async function setWorkState(
  db: Db,
  id: number,
  state: WorkRecord['state'],
  p: { at: string; publishedVersion?: number | null; withdrawnReason?: string | null },
) {
  const published =
    p.publishedVersion === undefined
      ? sql``
      : sql`, published_version = ${p.publishedVersion}, published_at = ${p.publishedVersion === null ? null : p.at}`;
  const withdrawn = p.withdrawnReason === undefined ? sql`` : sql`, withdrawn_reason = ${p.withdrawnReason}`;
  await sql`update cnt_works set state = ${state}, updated_at = ${p.at} ${published} ${withdrawn}
    where id = ${id}`.execute(db);
}

const version = (r: Row): VersionRecord => ({
  workId: num(r.work_id),
  number: num(r.number),
  summary: String(r.summary),
  body: String(r.body),
  mediaUrl: (r.media_url as string | null) ?? null,
  rumour: (r.rumour as VersionRecord['rumour']) ?? null,
  createdBy: String(r.created_by),
  createdAt: iso(r.created_at),
  submittedAt: isoOrNull(r.submitted_at),
});

export async function versions(db: Db, workId: number) {
  const { rows } =
    await sql<Row>`select * from cnt_versions where work_id = ${workId} order by number desc`.execute(db);
  return rows.map(version);
}

export async function getVersion(db: Db, workId: number, n: number) {
  const { rows } =
    await sql<Row>`select * from cnt_versions where work_id = ${workId} and number = ${n}`.execute(db);
  return rows[0] && version(rows[0]);
}

async function insertVersionNumbered(
  db: Db,
  workId: number,
  n: number,
  v: VersionInput,
  by: string,
  at: string,
) {
  await sql`insert into cnt_versions (work_id, number, summary, body, media_url, rumour, created_by, created_at)
    values (${workId}, ${n}, ${v.summary}, ${v.body}, ${v.mediaUrl},
      ${v.rumour === null ? null : JSON.stringify(v.rumour)}::jsonb, ${by}, ${at})`.execute(db);
}

export async function insertVersion(db: Db, workId: number, v: VersionInput, by: string, at: string) {
  const { rows } = await sql<Row>`update cnt_works set version = version + 1, updated_at = ${at}
    where id = ${workId} returning version`.execute(db);
  const n = num(rows[0]?.version);
  await insertVersionNumbered(db, workId, n, v, by, at);
  return n;
}

export async function updateVersion(db: Db, workId: number, n: number, v: VersionInput) {
  await sql`update cnt_versions set summary = ${v.summary}, body = ${v.body}, media_url = ${v.mediaUrl},
      rumour = ${v.rumour === null ? null : JSON.stringify(v.rumour)}::jsonb
    where work_id = ${workId} and number = ${n}`.execute(db);
}

export async function markSubmitted(db: Db, workId: number, n: number, at: string) {
  await sql`update cnt_versions set submitted_at = ${at} where work_id = ${workId} and number = ${n}`.execute(
    db,
  );
}

export async function insertEvent(db: Db, e: Omit<WorkEvent, 'id'>) {
  await sql`insert into cnt_events (work_id, move, from_state, to_state, version, by, at, note)
    values (${e.workId}, ${e.move}, ${e.fromState}, ${e.toState}, ${e.version}, ${e.by}, ${e.at}, ${e.note})`.execute(
    db,
  );
}

export async function events(db: Db, workId: number): Promise<WorkEvent[]> {
  const { rows } = await sql<Row>`select * from cnt_events where work_id = ${workId} order by id`.execute(db);
  return rows.map((r) => ({
    id: num(r.id),
    workId: num(r.work_id),
    move: r.move as WorkEvent['move'],
    fromState: (r.from_state as WorkEvent['fromState']) ?? null,
    toState: r.to_state as WorkEvent['toState'],
    version: num(r.version),
    by: String(r.by),
    at: iso(r.at),
    note: String(r.note),
  }));
}
