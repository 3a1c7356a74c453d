// Volunteers: stored with a random key (only its SHA-256 kept), their approved hours and stars, the deletion request
// and the erasure of their personal fields (the hours stay, no longer tied to a name).
import type {
  NationalMapping,
  PersonalField,
  VolunteerInput,
  VolunteerRecord,
} from '@kepu/domain/volunteers';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, hashTicket, iso, newTicketToken, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const volunteer = (r: Row): VolunteerRecord => ({
  id: num(r.id),
  name: String(r.name),
  phone: String(r.phone),
  birthDate: r.birth_date === null ? '' : day(r.birth_date),
  teamId: r.team_id === null ? null : num(r.team_id),
  skills: (r.skills as string[]) ?? [],
  availability: (r.availability as string[]) ?? [],
  guardian: r.guardian_name ? { name: String(r.guardian_name), phone: String(r.guardian_phone) } : null,
  publicDisplay: Boolean(r.public_display),
  status: r.status as VolunteerRecord['status'],
  consentAt: iso(r.consent_at),
  approvedHours: num(r.approved_hours),
  star: num(r.star),
  createdAt: iso(r.created_at),
  demo: Boolean(r.demo),
});

export async function insertVolunteer(db: Db, v: VolunteerInput, at: string) {
  const token = newTicketToken();
  const { rows } =
    await sql<Row>`insert into vol_volunteers (token_hash, name, phone, birth_date, guardian_name,
      guardian_phone, team_id, skills, availability, consent_at, public_display)
    values (${hashTicket(token)}, ${v.name}, ${v.phone}, ${v.birthDate}::date, ${v.guardian?.name ?? null},
      ${v.guardian?.phone ?? null}, ${v.teamId}, ${sql.val(v.skills)}::text[], ${sql.val(v.availability)}::text[],
      ${at}::timestamptz, ${v.publicDisplay}) returning id`.execute(db);
  return { id: num(rows[0]?.id), token };
}

export async function volunteerByToken(db: Db, token: string) {
  const { rows } =
    await sql<Row>`select * from vol_volunteers where token_hash = ${hashTicket(token)}`.execute(db);
  return rows[0] && volunteer(rows[0]);
}

export async function getVolunteer(db: Db, id: number) {
  const { rows } = await sql<Row>`select * from vol_volunteers where id = ${id}`.execute(db);
  return rows[0] && volunteer(rows[0]);
}

export async function listVolunteers(db: Db, q: { teamIds?: number[] }) {
  if (q.teamIds && !q.teamIds.length) return [];
  const where = q.teamIds ? sql`team_id in (${sql.join(q.teamIds)})` : sql`true`;
  const { rows } = await sql<Row>`select * from vol_volunteers where ${where} order by id`.execute(db);
  return rows.map(volunteer);
}

export async function setVolunteerHours(db: Db, id: number, hours: number, star: number) {
  await sql`update vol_volunteers set approved_hours = ${hours}, star = ${star} where id = ${id}`.execute(db);
}

export async function setVolunteerStatus(db: Db, id: number, status: VolunteerRecord['status']) {
  await sql`update vol_volunteers set status = ${status}, status_at = now() where id = ${id}`.execute(db);
}

export async function eraseVolunteer(db: Db, id: number) {
  await sql`update vol_volunteers set name = '已删除', phone = '', birth_date = null, guardian_name = null,
    guardian_phone = null, skills = '{}', availability = '{}', public_display = false, status = 'erased',
    status_at = now() where id = ${id}`.execute(db);
}

/** Those who asked for deletion, and those whose last hours (or registration) are older than `before`. */
export async function purgeable(db: Db, before: string) {
  const { rows } = await sql<Row>`select v.id from vol_volunteers v where v.status = 'deletion_requested'
    or (v.status = 'active' and greatest(v.created_at,
      coalesce((select max(h.started_at) from vol_hours h where h.volunteer_id = v.id), v.created_at))
      < ${before}::timestamptz) order by v.id`.execute(db);
  return rows.map((r) => num(r.id));
}

/** What clearing each personal field sets (the name is cleared only by erasing the volunteer). */
const cleared = {
  phone: sql`phone = ''`,
  birth_date: sql`birth_date = null`,
  guardian: sql`guardian_name = null, guardian_phone = null`,
  skills: sql`skills = '{}'`,
  availability: sql`availability = '{}'`,
};
const present = {
  phone: sql`phone <> ''`,
  birth_date: sql`birth_date is not null`,
  guardian: sql`guardian_name is not null`,
  skills: sql`skills <> '{}'`,
  availability: sql`availability <> '{}'`,
};

/** Clears a field of active volunteers whose last hours (or registration) are older than `before`. */
export async function clearField(db: Db, field: keyof typeof cleared, before: string) {
  const { rows } = await sql<Row>`update vol_volunteers v set ${cleared[field]} where v.status = 'active'
    and ${present[field]} and greatest(v.created_at,
      coalesce((select max(h.started_at) from vol_hours h where h.volunteer_id = v.id), v.created_at))
      < ${before}::timestamptz returning v.id`.execute(db);
  return rows.map((r) => num(r.id)).sort((a, b) => a - b);
}

export async function fieldRetention(db: Db) {
  const { rows } = await sql<Row>`select field, days from vol_field_retention`.execute(db);
  return Object.fromEntries(rows.map((r) => [String(r.field), num(r.days)])) as Record<PersonalField, number>;
}

export async function setFieldRetention(db: Db, days: Record<PersonalField, number>) {
  for (const [field, d] of Object.entries(days))
    await sql`update vol_field_retention set days = ${d} where field = ${field}`.execute(db);
}

export async function nationalMapping(db: Db): Promise<NationalMapping | null> {
  const { rows } = await sql<Row>`select national_mapping from vol_settings where id = 1`.execute(db);
  return (rows[0]?.national_mapping as NationalMapping | null) ?? null;
}

export async function setNationalMapping(db: Db, m: NationalMapping) {
  await sql`update vol_settings set national_mapping = ${JSON.stringify(m)}::jsonb where id = 1`.execute(db);
}
