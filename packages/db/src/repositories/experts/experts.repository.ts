// Pools and experts: stored with a random key (only its SHA-256 kept), the areas they serve (with their paths, for
// scope) and their pools; the deletion request and the erasure of personal fields (records stay).
import type { ExpertInput, ExpertQuery, ExpertRecord, PoolRecord } from '@kepu/domain/experts';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { hashTicket, iso, newTicketToken, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

const pool = (r: Row): PoolRecord => ({
  id: num(r.id),
  code: String(r.code),
  name: String(r.name),
  nameEn: String(r.name_en),
  members: num(r.members),
});

export async function listPools(db: Db) {
  const { rows } = await sql<Row>`select p.*, (select count(*) from exp_pool_members m join exp_experts e
      on e.id = m.expert_id where m.pool_id = p.id and e.status <> 'erased') as members
    from exp_pools p order by p.id`.execute(db);
  return rows.map(pool);
}

export async function insertPool(db: Db, p: { code: string; name: string; nameEn: string }) {
  const { rows } = await sql<Row>`insert into exp_pools (code, name, name_en) values (${p.code}, ${p.name},
    ${p.nameEn}) returning *, 0 as members`.execute(db);
  return pool(rows[0] as Row);
}

const expert = (r: Row): ExpertRecord => ({
  id: num(r.id),
  name: String(r.name),
  gender: (r.gender as ExpertRecord['gender']) ?? null,
  title: String(r.title),
  organisation: String(r.organisation),
  fields: (r.fields as string[]) ?? [],
  topics: (r.topics as ExpertRecord['topics']) ?? [],
  areas: json<ExpertRecord['areas']>(r.areas) ?? [],
  languages: (r.languages as string[]) ?? [],
  available: Boolean(r.available),
  availability: String(r.availability),
  phone: String(r.phone),
  publicDisplay: Boolean(r.public_display),
  poolIds: ((r.pool_ids as unknown[]) ?? []).map(num),
  status: r.status as ExpertRecord['status'],
  consentAt: iso(r.consent_at),
  createdAt: iso(r.created_at),
  demo: Boolean(r.demo),
});

const select = sql`select e.*,
    coalesce((select json_agg(json_build_object('code', a.code, 'name', a.name, 'path', a.path) order by x.position)
      from exp_expert_areas x join areas a on a.code = x.area_code where x.expert_id = e.id), '[]'::json) as areas,
    coalesce((select array_agg(m.pool_id order by m.pool_id) from exp_pool_members m where m.expert_id = e.id),
      '{}') as pool_ids
  from exp_experts e`;

async function setLinks(db: Db, id: number, e: ExpertInput) {
  await sql`delete from exp_expert_areas where expert_id = ${id}`.execute(db);
  await sql`delete from exp_pool_members where expert_id = ${id}`.execute(db);
  for (const [i, code] of e.areaCodes.entries())
    await sql`insert into exp_expert_areas (expert_id, area_code, position) values (${id}, ${code}, ${i})`.execute(
      db,
    );
  for (const p of e.poolIds)
    await sql`insert into exp_pool_members (pool_id, expert_id) values (${p}, ${id})`.execute(db);
}

export async function insertExpert(db: Db, e: ExpertInput, by: string, at: string) {
  const token = newTicketToken();
  const { rows } =
    await sql<Row>`insert into exp_experts (token_hash, name, gender, title, organisation, fields,
      topics, languages, available, availability, phone, consent_at, public_display, created_by)
    values (${hashTicket(token)}, ${e.name}, ${e.gender}, ${e.title}, ${e.organisation},
      ${sql.val(e.fields)}::text[], ${sql.val(e.topics)}::text[], ${sql.val(e.languages)}::text[], ${e.available},
      ${e.availability}, ${e.phone}, ${at}::timestamptz, ${e.publicDisplay}, ${by}) returning id`.execute(db);
  const id = num(rows[0]?.id);
  await setLinks(db, id, e);
  return { id, token };
}

export async function updateExpert(db: Db, id: number, e: ExpertInput) {
  await sql`update exp_experts set name = ${e.name}, gender = ${e.gender}, title = ${e.title},
    organisation = ${e.organisation}, fields = ${sql.val(e.fields)}::text[], topics = ${sql.val(e.topics)}::text[],
    languages = ${sql.val(e.languages)}::text[], available = ${e.available}, availability = ${e.availability},
    phone = ${e.phone}, public_display = ${e.publicDisplay} where id = ${id}`.execute(db);
  await setLinks(db, id, e);
}

export async function renewToken(db: Db, id: number) {
  const token = newTicketToken();
  await sql`update exp_experts set token_hash = ${hashTicket(token)} where id = ${id}`.execute(db);
  return token;
}

export async function getExpert(db: Db, id: number) {
  const { rows } = await sql<Row>`${select} where e.id = ${id}`.execute(db);
  return rows[0] && expert(rows[0]);
}

export async function expertByToken(db: Db, token: string) {
  const { rows } = await sql<Row>`${select} where e.token_hash = ${hashTicket(token)}`.execute(db);
  return rows[0] && expert(rows[0]);
}

export async function listExperts(db: Db, q: ExpertQuery) {
  if (q.ids && !q.ids.length) return [];
  const where = [sql`e.status <> 'erased'`];
  if (q.ids) where.push(sql`e.id in (${sql.join(q.ids)})`);
  if (q.topic) where.push(sql`${q.topic} = any(e.topics)`);
  if (q.available) where.push(sql`e.available`);
  if (q.poolId)
    where.push(
      sql`exists (select 1 from exp_pool_members m where m.expert_id = e.id and m.pool_id = ${q.poolId})`,
    );
  if (q.poolCode)
    where.push(sql`exists (select 1 from exp_pool_members m join exp_pools p on p.id = m.pool_id
      where m.expert_id = e.id and p.code = ${q.poolCode})`);
  // serving the area, an area below it, or an area above it (an expert of the whole city serves each district)
  if (q.areaCode)
    where.push(sql`exists (select 1 from exp_expert_areas x join areas a on a.code = x.area_code
      where x.expert_id = e.id and (a.code = ${q.areaCode} or ${q.areaCode} = any(a.path)
        or a.code = any((select path from areas where code = ${q.areaCode})::text[])))`);
  const { rows } = await sql<Row>`${select} where ${sql.join(where, sql` and `)} order by e.id`.execute(db);
  return rows.map(expert);
}

export async function setExpertStatus(db: Db, id: number, status: ExpertRecord['status']) {
  await sql`update exp_experts set status = ${status}, status_at = now() where id = ${id}`.execute(db);
}

export async function eraseExpert(db: Db, id: number) {
  await sql`update exp_experts set name = '已删除', phone = '', gender = null, languages = '{}', fields = '{}',
    availability = '', available = false, public_display = false, status = 'erased', status_at = now()
    where id = ${id}`.execute(db);
  await sql`delete from exp_pool_members where expert_id = ${id}`.execute(db);
}

/** Those who asked for deletion, and active experts with nothing recorded (created, invited, served) since `before`. */
export async function purgeable(db: Db, before: string) {
  const { rows } = await sql<Row>`select e.id from exp_experts e where e.status = 'deletion_requested'
    or (e.status = 'active' and greatest(e.created_at,
      coalesce((select max(i.requested_at) from exp_invitations i where i.expert_id = e.id), e.created_at),
      coalesce((select max(s.created_at) from exp_services s where s.expert_id = e.id), e.created_at))
      < ${before}::timestamptz) order by e.id`.execute(db);
  return rows.map((r) => num(r.id));
}
