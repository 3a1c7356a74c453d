// Opportunities with their team's area and the slots taken (accepted and completed sign-ups), and sign-ups.
import type { OpportunityInput, OpportunityRecord, SignupRecord, SignupState } from '@kepu/domain/volunteers';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const opportunity = (r: Row): OpportunityRecord => ({
  id: num(r.id),
  teamId: num(r.team_id),
  teamName: String(r.team_name),
  areaCode: String(r.area_code),
  areaPath: (r.area_path as string[]) ?? [],
  activityId: r.activity_id === null ? null : num(r.activity_id),
  title: String(r.title),
  role: String(r.role),
  startsAt: iso(r.starts_at),
  endsAt: iso(r.ends_at),
  slots: num(r.slots),
  skills: (r.skills as string[]) ?? [],
  taken: num(r.taken),
});

const select = sql`select o.*, t.name as team_name, t.area_code, ar.path as area_path,
    (select count(*) from vol_signups s where s.opportunity_id = o.id and s.status in ('accepted','completed')) as taken
  from vol_opportunities o join vol_teams t on t.id = o.team_id join areas ar on ar.code = t.area_code`;

export async function listOpportunities(db: Db, q: { teamIds?: number[]; from?: string }) {
  if (q.teamIds && !q.teamIds.length) return [];
  const w = [sql`true`];
  if (q.teamIds) w.push(sql`o.team_id in (${sql.join(q.teamIds)})`);
  if (q.from) w.push(sql`o.ends_at > ${q.from}::timestamptz`);
  const { rows } =
    await sql<Row>`${select} where ${sql.join(w, sql` and `)} order by o.starts_at, o.id`.execute(db);
  return rows.map(opportunity);
}

export async function getOpportunity(db: Db, id: number) {
  const { rows } = await sql<Row>`${select} where o.id = ${id}`.execute(db);
  return rows[0] && opportunity(rows[0]);
}

export async function lockOpportunity(db: Db, id: number) {
  await sql`select id from vol_opportunities where id = ${id} for update`.execute(db);
  return getOpportunity(db, id);
}

export async function insertOpportunity(db: Db, o: OpportunityInput) {
  const { rows } =
    await sql<Row>`insert into vol_opportunities (team_id, activity_id, title, role, starts_at, ends_at,
      slots, skills) values (${o.teamId}, ${o.activityId}, ${o.title}, ${o.role}, ${o.startsAt}::timestamptz,
      ${o.endsAt}::timestamptz, ${o.slots}, ${sql.val(o.skills)}::text[]) returning id`.execute(db);
  return (await getOpportunity(db, num(rows[0]?.id))) as OpportunityRecord;
}

const signup = (r: Row): SignupRecord => ({
  id: num(r.id),
  opportunityId: num(r.opportunity_id),
  volunteerId: num(r.volunteer_id),
  volunteerName: String(r.volunteer_name),
  status: r.status as SignupState,
  createdAt: iso(r.created_at),
});

export async function signupsOf(db: Db, q: { opportunityId?: number; volunteerId?: number }) {
  const w = [sql`true`];
  if (q.opportunityId) w.push(sql`s.opportunity_id = ${q.opportunityId}`);
  if (q.volunteerId) w.push(sql`s.volunteer_id = ${q.volunteerId}`);
  const { rows } = await sql<Row>`select s.*, v.name as volunteer_name from vol_signups s
    join vol_volunteers v on v.id = s.volunteer_id where ${sql.join(w, sql` and `)} order by s.id`.execute(
    db,
  );
  return rows.map(signup);
}

export async function upsertSignup(db: Db, opportunityId: number, volunteerId: number, status: SignupState) {
  const { rows } = await sql<Row>`insert into vol_signups (opportunity_id, volunteer_id, status)
    values (${opportunityId}, ${volunteerId}, ${status})
    on conflict (opportunity_id, volunteer_id) do update set status = excluded.status, created_at = now()
    returning id`.execute(db);
  const id = num(rows[0]?.id);
  return (await signupsOf(db, { volunteerId })).find((s) => s.id === id) as SignupRecord;
}

export async function setSignupStatus(db: Db, id: number, status: SignupState) {
  await sql`update vol_signups set status = ${status} where id = ${id}`.execute(db);
}
