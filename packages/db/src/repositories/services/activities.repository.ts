// Campaigns, activities, their events and sessions (raw SQL over the svc_ tables of migration 20261216010000).
import type {
  ActivityEvent,
  ActivityInput,
  ActivityQuery,
  ActivityRecord,
  ActivityState,
  ActivitySummary,
  Campaign,
  CampaignInput,
  SessionRecord,
} from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, iso, num } from './rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const campaign = (r: Row): Campaign => ({
  id: num(r.id),
  name: String(r.name),
  kind: r.kind as Campaign['kind'],
  startsOn: day(r.starts_on),
  endsOn: day(r.ends_on),
  themes: String(r.themes),
  demo: Boolean(r.demo),
});

export async function listCampaigns(db: Db) {
  const { rows } = await sql<Row>`select * from svc_campaigns order by starts_on desc, id`.execute(db);
  return rows.map(campaign);
}
export async function getCampaign(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_campaigns where id = ${id}`.execute(db);
  return rows[0] && campaign(rows[0]);
}
export async function insertCampaign(db: Db, c: CampaignInput) {
  const { rows } = await sql<Row>`insert into svc_campaigns (name, kind, starts_on, ends_on, themes)
    values (${c.name}, ${c.kind}, ${c.startsOn}, ${c.endsOn}, ${c.themes}) returning *`.execute(db);
  return campaign(rows[0] as Row);
}

const activity = (r: Row): ActivityRecord => ({
  id: num(r.id),
  title: String(r.title),
  campaignId: r.campaign_id === null ? null : num(r.campaign_id),
  organiserUnitId: r.organiser_unit_id === null ? null : num(r.organiser_unit_id),
  organiser: String(r.organiser),
  areaCode: String(r.area_code),
  areaPath: (r.area_path as string[]) ?? [],
  areaName: String(r.area_name ?? ''),
  venueId: r.venue_id === null ? null : num(r.venue_id),
  address: String(r.address),
  coordinates:
    r.lng === null || r.lat === null
      ? null
      : { lng: num(r.lng), lat: num(r.lat), system: r.coord_system as 'gcj02' | 'wgs84' },
  type: r.type as ActivityRecord['type'],
  targetGroups: r.target_groups as ActivityRecord['targetGroups'],
  mode: r.mode as 'online' | 'offline',
  description: String(r.description),
  form: (typeof r.form === 'string' ? JSON.parse(r.form) : r.form) as ActivityRecord['form'],
  retentionDays: num(r.retention_days),
  state: r.state as ActivityState,
  summary: (typeof r.summary === 'string' ? JSON.parse(r.summary) : r.summary) as ActivitySummary | null,
  demo: Boolean(r.demo),
  createdAt: iso(r.created_at),
  stateAt: iso(r.state_at),
});

const selectActivities = sql`select a.*, ar.path as area_path, ar.name as area_name
  from svc_activities a join areas ar on ar.code = a.area_code`;

export async function listActivities(db: Db, q: ActivityQuery) {
  const where = [sql`true`];
  if (q.states) where.push(sql`a.state in (${sql.join(q.states)})`);
  if (q.areaRoot) where.push(sql`(a.area_code = ${q.areaRoot} or ${q.areaRoot} = any(ar.path))`);
  if (q.campaignId) where.push(sql`a.campaign_id = ${q.campaignId}`);
  if (q.audience) where.push(sql`${q.audience} = any(a.target_groups)`);
  if (q.text) where.push(sql`strpos(a.title, ${q.text}) > 0`);
  if (q.from)
    where.push(
      sql`exists (select 1 from svc_sessions s where s.activity_id = a.id and s.ends_at >= ${q.from}::date)`,
    );
  if (q.to)
    where.push(
      sql`exists (select 1 from svc_sessions s where s.activity_id = a.id and s.starts_at < ${q.to}::date + 1)`,
    );
  const { rows } = await sql<Row>`${selectActivities} where ${sql.join(where, sql` and `)}
    order by (select min(starts_at) from svc_sessions s where s.activity_id = a.id), a.id`.execute(db);
  return rows.map(activity);
}
export async function getActivity(db: Db, id: number) {
  const { rows } = await sql<Row>`${selectActivities} where a.id = ${id}`.execute(db);
  return rows[0] && activity(rows[0]);
}
export async function insertActivity(db: Db, a: ActivityInput) {
  const c = a.coordinates;
  const { rows } =
    await sql<Row>`insert into svc_activities (title, campaign_id, organiser_unit_id, organiser,
      area_code, venue_id, address, lng, lat, coord_system, type, target_groups, mode, description, form,
      retention_days, created_by)
    values (${a.title}, ${a.campaignId}, ${a.organiserUnitId}, ${a.organiser}, ${a.areaCode}, ${a.venueId},
      ${a.address}, ${c?.lng ?? null}, ${c?.lat ?? null}, ${c?.system ?? null}, ${a.type},
      ${sql`array[${sql.join(a.targetGroups)}]::text[]`}, ${a.mode}, ${a.description}, ${JSON.stringify(a.form)}::jsonb,
      ${a.retentionDays}, ${a.createdBy}) returning id`.execute(db);
  return (await getActivity(db, num(rows[0]?.id))) as ActivityRecord;
}
export async function setActivityState(db: Db, id: number, state: ActivityState, summary?: ActivitySummary) {
  await sql`update svc_activities set state = ${state}, state_at = now()
    ${summary ? sql`, summary = ${JSON.stringify(summary)}::jsonb` : sql``} where id = ${id}`.execute(db);
}
export async function insertActivityEvent(
  db: Db,
  activityId: number,
  e: Omit<ActivityEvent, 'at'> & { byUser: number | null },
) {
  await sql`insert into svc_activity_events (activity_id, from_state, to_state, note, by_user, by_name)
    values (${activityId}, ${e.fromState}, ${e.toState}, ${e.note}, ${e.byUser}, ${e.byName})`.execute(db);
}
export async function activityEvents(db: Db, activityId: number): Promise<ActivityEvent[]> {
  const { rows } =
    await sql<Row>`select * from svc_activity_events where activity_id = ${activityId} order by id`.execute(
      db,
    );
  return rows.map((r) => ({
    fromState: (r.from_state as ActivityState) ?? null,
    toState: r.to_state as ActivityState,
    note: (r.note as string) ?? null,
    byName: String(r.by_name),
    at: iso(r.at),
  }));
}

const session = (r: Row): SessionRecord => ({
  id: num(r.id),
  activityId: num(r.activity_id),
  startsAt: iso(r.starts_at),
  endsAt: iso(r.ends_at),
  capacity: num(r.capacity),
  taken: num(r.taken),
});
export async function sessionsOf(db: Db, ids: number[]) {
  if (!ids.length) return [];
  const { rows } = await sql<Row>`select * from svc_sessions where activity_id in (${sql.join(ids)})
    order by starts_at, id`.execute(db);
  return rows.map(session);
}
export async function insertSessions(
  db: Db,
  activityId: number,
  list: Omit<SessionRecord, 'id' | 'activityId' | 'taken'>[],
) {
  for (const s of list)
    await sql`insert into svc_sessions (activity_id, starts_at, ends_at, capacity)
      values (${activityId}, ${s.startsAt}, ${s.endsAt}, ${s.capacity})`.execute(db);
}
export async function getSession(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_sessions where id = ${id}`.execute(db);
  return rows[0] && session(rows[0]);
}
export async function lockSession(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_sessions where id = ${id} for update`.execute(db);
  return rows[0] && session(rows[0]);
}
export async function claimSeats(db: Db, id: number, seats: number) {
  const { rows } = await sql`update svc_sessions set taken = taken + ${seats}
    where id = ${id} and taken + ${seats} <= capacity returning id`.execute(db);
  return rows.length > 0;
}
export async function setTaken(db: Db, id: number, taken: number) {
  await sql`update svc_sessions set taken = ${taken} where id = ${id}`.execute(db);
}
