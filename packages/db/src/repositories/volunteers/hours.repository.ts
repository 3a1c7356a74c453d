// Hour records (states changed, never deleted) and certificates of service (numbered ZYFW-<year>-<id>).
import type { CertificateRecord, HourInput, HourRecord, HourState } from '@kepu/domain/volunteers';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, iso, isoOrNull, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const hours = (r: Row): HourRecord => ({
  id: num(r.id),
  volunteerId: num(r.volunteer_id),
  volunteerName: String(r.volunteer_name),
  teamId: num(r.team_id),
  opportunityId: r.opportunity_id === null ? null : num(r.opportunity_id),
  source: r.source as HourRecord['source'],
  state: r.state as HourState,
  startedAt: iso(r.started_at),
  endedAt: isoOrNull(r.ended_at),
  hours: num(r.hours),
  autoCheckedOut: Boolean(r.auto_checked_out),
  note: String(r.note),
  reason: (r.reason as string) ?? null,
  decidedBy: (r.decided_by as string) ?? null,
});

const select = sql`select h.*, v.name as volunteer_name from vol_hours h join vol_volunteers v on v.id = h.volunteer_id`;

export async function insertHours(db: Db, h: HourInput, by: string) {
  const { rows } = await sql<Row>`insert into vol_hours (volunteer_id, team_id, opportunity_id, source, state,
      started_at, ended_at, hours, auto_checked_out, note, created_by)
    values (${h.volunteerId}, ${h.teamId}, ${h.opportunityId}, ${h.source}, ${h.state}, ${h.startedAt}::timestamptz,
      ${h.endedAt}::timestamptz, ${h.hours}, ${h.autoCheckedOut}, ${h.note}, ${by}) returning id`.execute(db);
  return (await getHours(db, [num(rows[0]?.id)]))[0] as HourRecord;
}

export async function getHours(db: Db, ids: number[]) {
  if (!ids.length) return [];
  const { rows } = await sql<Row>`${select} where h.id in (${sql.join(ids)}) order by h.id`.execute(db);
  return rows.map(hours);
}

export async function listHours(
  db: Db,
  q: { volunteerId?: number; teamIds?: number[]; states?: HourState[]; all?: boolean },
) {
  if ((q.teamIds && !q.teamIds.length) || (q.states && !q.states.length)) return [];
  const w = [sql`true`];
  if (q.volunteerId) w.push(sql`h.volunteer_id = ${q.volunteerId}`);
  if (q.teamIds) w.push(sql`h.team_id in (${sql.join(q.teamIds)})`);
  if (q.states) w.push(sql`h.state in (${sql.join(q.states)})`);
  const { rows } =
    await sql<Row>`${select} where ${sql.join(w, sql` and `)} order by h.started_at desc, h.id desc
    limit ${q.all ? null : 1000}`.execute(db);
  return rows.map(hours);
}

export async function openHours(db: Db, volunteerId: number) {
  const { rows } = await sql<Row>`${select} where h.volunteer_id = ${volunteerId} and h.state = 'entered'
    and h.ended_at is null order by h.id desc limit 1`.execute(db);
  return rows[0] && hours(rows[0]);
}

export async function staleOpenHours(db: Db, before: string) {
  const { rows } = await sql<Row>`${select} where h.state = 'entered' and h.ended_at is null
    and h.started_at < ${before}::timestamptz order by h.id`.execute(db);
  return rows.map(hours);
}

export async function setHoursState(
  db: Db,
  id: number,
  state: HourState,
  p: {
    endedAt?: string;
    hours?: number;
    autoCheckedOut?: boolean;
    reason?: string | null;
    by: string;
    at: string;
  },
) {
  const sets = [sql`state = ${state}`, sql`decided_by = ${p.by}`, sql`decided_at = ${p.at}::timestamptz`];
  if (p.endedAt) sets.push(sql`ended_at = ${p.endedAt}::timestamptz`);
  if (p.hours !== undefined) sets.push(sql`hours = ${p.hours}`);
  if (p.autoCheckedOut !== undefined) sets.push(sql`auto_checked_out = ${p.autoCheckedOut}`);
  if (p.reason !== undefined) sets.push(sql`reason = ${p.reason}`);
  await sql`update vol_hours set ${sql.join(sets)} where id = ${id}`.execute(db);
}

export async function approvedHoursOf(db: Db, volunteerId: number) {
  const { rows } = await sql<Row>`select coalesce(sum(hours), 0) as n from vol_hours
    where volunteer_id = ${volunteerId} and state = 'approved'`.execute(db);
  return Math.round(num(rows[0]?.n) * 100) / 100;
}

const certificate = (r: Row): CertificateRecord => ({
  id: num(r.id),
  number: String(r.number),
  volunteerId: num(r.volunteer_id),
  volunteerName: String(r.volunteer_name),
  teamId: num(r.team_id),
  issuer: String(r.issuer),
  hours: num(r.hours),
  periodFrom: day(r.period_from),
  periodTo: day(r.period_to),
  issuedAt: iso(r.issued_at),
  revokedAt: isoOrNull(r.revoked_at),
  revokeReason: (r.revoke_reason as string) ?? null,
});
const selectCert = sql`select c.*, v.name as volunteer_name from vol_certificates c
  join vol_volunteers v on v.id = c.volunteer_id`;

export async function insertCertificate(
  db: Db,
  c: Omit<CertificateRecord, 'id' | 'number' | 'volunteerName' | 'revokedAt' | 'revokeReason'>,
  by: string,
) {
  const { rows } = await sql<Row>`insert into vol_certificates (number, volunteer_id, team_id, issuer, hours,
      period_from, period_to, issued_at, issued_by)
    values ('ZYFW-' || to_char(${c.issuedAt}::timestamptz at time zone 'Asia/Shanghai', 'YYYY') || '-' ||
      lpad(currval(pg_get_serial_sequence('vol_certificates', 'id'))::text, 6, '0'),
      ${c.volunteerId}, ${c.teamId}, ${c.issuer}, ${c.hours}, ${c.periodFrom}::date, ${c.periodTo}::date,
      ${c.issuedAt}::timestamptz, ${by}) returning number`.execute(db);
  return (await certificateByNumber(db, String(rows[0]?.number))) as CertificateRecord;
}

export async function certificateByNumber(db: Db, number: string) {
  const { rows } = await sql<Row>`${selectCert} where c.number = ${number}`.execute(db);
  return rows[0] && certificate(rows[0]);
}

export async function listCertificates(db: Db, q: { volunteerId?: number; teamIds?: number[] }) {
  if (q.teamIds && !q.teamIds.length) return [];
  const w = [sql`true`];
  if (q.volunteerId) w.push(sql`c.volunteer_id = ${q.volunteerId}`);
  if (q.teamIds) w.push(sql`c.team_id in (${sql.join(q.teamIds)})`);
  const { rows } = await sql<Row>`${selectCert} where ${sql.join(w, sql` and `)} order by c.id desc`.execute(
    db,
  );
  return rows.map(certificate);
}

export async function revokeCertificate(db: Db, id: number, reason: string, at: string) {
  await sql`update vol_certificates set revoked_at = ${at}::timestamptz, revoke_reason = ${reason}
    where id = ${id} and revoked_at is null`.execute(db);
}
