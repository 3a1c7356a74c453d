// The participation ledger: entries written in batches, voided (never deleted), and summed for the plan's figures.
import type {
  HeldCount,
  LedgerEntry,
  LedgerEntryInput,
  LedgerFilter,
  LedgerSum,
} from '@kepu/domain/services';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { Database } from '../../schema.ts';
import { iso, isoOrNull, num } from './rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

/** Years are the jurisdiction's calendar years (Panjin: UTC+8; jurisdictions as data are issue 13). */
const ZONE = 'Asia/Shanghai';

export async function insertLedger(db: Db, entries: LedgerEntryInput[]) {
  for (const part of batches(entries, 12)) {
    if (!part.length) continue;
    const values = part.map(
      (
        e,
      ) => sql`(${e.kind}, ${e.registrationId}, ${e.targetGroup}, ${e.areaCode}, ${e.campaignId}, ${e.activityId},
        ${e.venueId}, ${e.count}, ${e.occurredAt}::timestamptz, ${e.evidence}, ${e.createdBy}, ${e.unitId ?? null})`,
    );
    await sql`insert into svc_ledger (kind, registration_id, target_group, area_code, campaign_id, activity_id,
      venue_id, count, occurred_at, evidence, created_by, unit_id) values ${sql.join(values)}`.execute(db);
  }
}

const entry = (r: Row): LedgerEntry => ({
  id: num(r.id),
  kind: r.kind as LedgerEntry['kind'],
  registrationId: r.registration_id === null ? null : num(r.registration_id),
  targetGroup: r.target_group as LedgerEntry['targetGroup'],
  areaCode: String(r.area_code),
  campaignId: r.campaign_id === null ? null : num(r.campaign_id),
  activityId: r.activity_id === null ? null : num(r.activity_id),
  venueId: r.venue_id === null ? null : num(r.venue_id),
  count: num(r.count),
  occurredAt: iso(r.occurred_at),
  evidence: (r.evidence as string) ?? null,
  createdBy: String(r.created_by),
  unitId: r.unit_id == null ? null : num(r.unit_id),
  voidedAt: isoOrNull(r.voided_at),
  voidReason: (r.void_reason as string) ?? null,
});

export async function getLedgerEntry(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from svc_ledger where id = ${id}`.execute(db);
  return rows[0] && entry(rows[0]);
}

export async function voidLedger(
  db: Db,
  where: { id?: number; registrationId?: number; kind?: string; evidence?: string },
  reason: string,
  by: string,
  at: string,
) {
  const conds = [sql`voided_at is null`];
  if (where.id !== undefined) conds.push(sql`id = ${where.id}`);
  if (where.registrationId !== undefined) conds.push(sql`registration_id = ${where.registrationId}`);
  if (where.kind) conds.push(sql`kind = ${where.kind}`);
  if (where.evidence) conds.push(sql`evidence = ${where.evidence}`);
  const r =
    await sql`update svc_ledger set voided_at = ${at}::timestamptz, void_reason = ${reason}, voided_by = ${by}
    where ${sql.join(conds, sql` and `)}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** The conditions of a filter over `l` (ledger, unless `activitiesOnly`), `a` (activity), `c` (campaign), `v`
 *  (venue), `ar` (area). An entry without an activity (training) belongs to the unit in its `unit_id`. */
function conditions(f: LedgerFilter, when: RawBuilder<unknown>, activitiesOnly = false): RawBuilder<unknown>[] {
  const w: RawBuilder<unknown>[] = [];
  if (f.year) w.push(sql`extract(year from (${when}) at time zone ${ZONE}) = ${f.year}`);
  if (f.areaRoot) w.push(sql`(ar.code = ${f.areaRoot} or ${f.areaRoot} = any(ar.path))`);
  if (f.campaignId) w.push(sql`a.campaign_id = ${f.campaignId}`);
  if (f.activityId) w.push(sql`a.id = ${f.activityId}`);
  if (f.organiserUnitId)
    w.push(
      activitiesOnly
        ? sql`a.organiser_unit_id = ${f.organiserUnitId}`
        : sql`coalesce(a.organiser_unit_id, l.unit_id) = ${f.organiserUnitId}`,
    );
  if (f.types) w.push(sql`a.type in (${sql.join(f.types)})`);
  if (f.campaignKind) w.push(sql`c.kind = ${f.campaignKind}`);
  if (f.hostUnitId) w.push(sql`v.host_unit_id = ${f.hostUnitId}`);
  if (f.venueCategory) w.push(sql`v.category = ${f.venueCategory}`);
  return w;
}
const and = (w: RawBuilder<unknown>[]) => (w.length ? sql.join(w, sql` and `) : sql`true`);

export async function participants(db: Db, f: LedgerFilter): Promise<LedgerSum[]> {
  const w = conditions(f, sql`l.occurred_at`);
  w.push(sql`l.voided_at is null`);
  if (f.kinds) w.push(sql`l.kind in (${sql.join(f.kinds)})`);
  const { rows } = await sql<Row>`select l.area_code, l.target_group, a.mode, sum(l.count) as n
    from svc_ledger l join areas ar on ar.code = l.area_code
      left join svc_activities a on a.id = l.activity_id
      left join svc_campaigns c on c.id = a.campaign_id
      left join svc_venues v on v.id = l.venue_id
    where ${and(w)} group by l.area_code, l.target_group, a.mode order by 1, 2, 3`.execute(db);
  return rows.map((r) => ({
    areaCode: String(r.area_code),
    targetGroup: r.target_group as LedgerSum['targetGroup'],
    mode: (r.mode as 'online' | 'offline') ?? null,
    count: num(r.n),
  }));
}

/** Participants per activity and target group (entries not tied to an activity left out). */
export async function participantsByActivity(db: Db, f: LedgerFilter) {
  const w = conditions(f, sql`l.occurred_at`);
  w.push(sql`l.voided_at is null`, sql`l.activity_id is not null`);
  if (f.kinds) w.push(sql`l.kind in (${sql.join(f.kinds)})`);
  const { rows } = await sql<Row>`select l.activity_id, l.target_group, sum(l.count) as n
    from svc_ledger l join areas ar on ar.code = l.area_code
      join svc_activities a on a.id = l.activity_id
      left join svc_campaigns c on c.id = a.campaign_id
      left join svc_venues v on v.id = l.venue_id
    where ${and(w)} group by l.activity_id, l.target_group order by 1, 2`.execute(db);
  return rows.map((r) => ({
    activityId: num(r.activity_id),
    targetGroup: r.target_group as LedgerSum['targetGroup'],
    count: num(r.n),
  }));
}

/** Activities held (completed, summary submitted or accepted), in the year of their first session. */
export async function held(db: Db, f: LedgerFilter): Promise<HeldCount[]> {
  if (f.kinds?.includes('training') && !f.hostUnitId && !f.venueCategory) return sessionsHeld(db, f);
  if (f.kinds || f.hostUnitId || f.venueCategory) return [];
  const w = conditions(
    f,
    sql`(select min(s.starts_at) from svc_sessions s where s.activity_id = a.id)`,
    true,
  );
  w.push(sql`a.state in ('completed','summary_submitted','accepted')`);
  const { rows } = await sql<Row>`select a.area_code, a.mode, count(*) as n
    from svc_activities a join areas ar on ar.code = a.area_code
      left join svc_campaigns c on c.id = a.campaign_id
      left join svc_venues v on v.id = a.venue_id
    where ${and(w)} group by a.area_code, a.mode order by 1, 2`.execute(db);
  return rows.map((r) => ({
    areaCode: String(r.area_code),
    mode: r.mode as 'online' | 'offline',
    count: num(r.n),
  }));
}

/** Training sessions held: the distinct sessions (evidence) with unvoided `training` entries. */
async function sessionsHeld(db: Db, f: LedgerFilter): Promise<HeldCount[]> {
  const w = conditions(f, sql`l.occurred_at`);
  w.push(sql`l.voided_at is null`, sql`l.kind = 'training'`);
  const { rows } = await sql<Row>`select l.area_code, count(distinct l.evidence) as n
    from svc_ledger l join areas ar on ar.code = l.area_code
      left join svc_activities a on a.id = l.activity_id
      left join svc_campaigns c on c.id = a.campaign_id
      left join svc_venues v on v.id = l.venue_id
    where ${and(w)} group by l.area_code order by 1`.execute(db);
  return rows.map((r) => ({ areaCode: String(r.area_code), mode: 'offline' as const, count: num(r.n) }));
}

export async function listLedger(db: Db, f: LedgerFilter, limit: number) {
  const w = conditions(f, sql`l.occurred_at`);
  const { rows } = await sql<Row>`select l.* from svc_ledger l join areas ar on ar.code = l.area_code
      left join svc_activities a on a.id = l.activity_id
      left join svc_campaigns c on c.id = a.campaign_id
      left join svc_venues v on v.id = l.venue_id
    where ${and(w)} order by l.id desc limit ${limit}`.execute(db);
  return rows.map(entry);
}
