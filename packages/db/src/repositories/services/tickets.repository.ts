// Registrations and their tickets (a random token, only its SHA-256 stored) and check-in scans keyed by nonce.
import type {
  RegistrationInput,
  RegistrationRecord,
  RegistrationStatus,
  TicketRef,
} from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { Database } from '../../schema.ts';
import { hashTicket, iso, isoOrNull, newTicketToken, num } from './rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const registration = (r: Row): RegistrationRecord => ({
  id: num(r.id),
  sessionId: num(r.session_id),
  name: String(r.name),
  phone: String(r.phone),
  targetGroup: r.target_group as RegistrationRecord['targetGroup'],
  minors: num(r.minors),
  status: r.status as RegistrationStatus,
  createdAt: iso(r.created_at),
  promotedAt: isoOrNull(r.promoted_at),
  checkedInAt: isoOrNull(r.checked_in_at),
  ...(r.token_hash !== undefined && { tokenHash: String(r.token_hash) }),
});

export async function insertRegistration(db: Db, r: RegistrationInput, status: RegistrationStatus) {
  const token = newTicketToken();
  const { rows } = await sql<Row>`insert into svc_registrations
      (session_id, token_hash, name, phone, target_group, minors, answers, status)
    values (${r.sessionId}, ${hashTicket(token)}, ${r.name}, ${r.phone}, ${r.targetGroup}, ${r.minors},
      ${JSON.stringify(r.answers)}::jsonb, ${status}) returning id`.execute(db);
  return { id: num(rows[0]?.id), token };
}

export async function findTicket(db: Db, token: string) {
  const { rows } = await sql<Row>`select r.*, s.activity_id from svc_registrations r
    join svc_sessions s on s.id = r.session_id where r.token_hash = ${hashTicket(token)}`.execute(db);
  const r = rows[0];
  return r && { ...registration(r), activityId: num(r.activity_id) };
}

export async function ticketsByTokens(db: Db, tokens: string[]) {
  const out = new Map<string, TicketRef>();
  const byHash = new Map(tokens.map((t) => [hashTicket(t), t]));
  for (const part of batches([...byHash.keys()], 1)) {
    if (!part.length) continue;
    const { rows } = await sql<Row>`select id, session_id, status, target_group, minors, name, token_hash
      from svc_registrations where token_hash in (${sql.join(part)})`.execute(db);
    for (const r of rows)
      out.set(byHash.get(String(r.token_hash)) as string, {
        registrationId: num(r.id),
        sessionId: num(r.session_id),
        status: r.status as RegistrationStatus,
        targetGroup: r.target_group as TicketRef['targetGroup'],
        minors: num(r.minors),
        name: String(r.name),
      });
  }
  return out;
}

export async function setRegistrationStatus(db: Db, id: number, status: RegistrationStatus, at: string) {
  const stamp =
    status === 'confirmed'
      ? sql`, promoted_at = ${at}::timestamptz`
      : status === 'cancelled'
        ? sql`, cancelled_at = ${at}::timestamptz`
        : status === 'checked_in'
          ? sql`, checked_in_at = ${at}::timestamptz`
          : sql``;
  await sql`update svc_registrations set status = ${status} ${stamp} where id = ${id}`.execute(db);
}

export async function waitlist(db: Db, sessionId: number) {
  const { rows } = await sql<Row>`select * from svc_registrations where session_id = ${sessionId}
    and status = 'waitlisted' order by id`.execute(db);
  return rows.map(registration);
}
export async function registrationsOf(db: Db, sessionId: number) {
  const { rows } =
    await sql<Row>`select * from svc_registrations where session_id = ${sessionId} order by id`.execute(db);
  return rows.map(registration);
}

/**
 * Clears the personal part of every registration (name, phone, the form's answers) of the activities whose retention
 * ran out by `now` (counted from the end of their last session); answers the cleared count per activity. The rows, their
 * statuses and the ledger stay, so the figures do not change.
 */
export async function purgeRegistrations(db: Db, now: string) {
  const { rows } = await sql<Row>`with due as (
      select a.id from svc_activities a join svc_sessions s on s.activity_id = a.id
      group by a.id, a.retention_days
      having max(s.ends_at) + make_interval(days => a.retention_days) <= ${now}::timestamptz)
    update svc_registrations r set name = '', phone = '', answers = '{}'::jsonb
    from svc_sessions s
    where s.id = r.session_id and s.activity_id in (select id from due)
      and (r.name <> '' or r.phone <> '' or r.answers <> '{}'::jsonb)
    returning s.activity_id`.execute(db);
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(num(r.activity_id), (counts.get(num(r.activity_id)) ?? 0) + 1);
  return [...counts].map(([activityId, cleared]) => ({ activityId, cleared }));
}

export async function claimNonces(
  db: Db,
  list: {
    nonce: string;
    sessionId: number;
    registrationId: number | null;
    result: string;
    scannedAt: string;
  }[],
  byUser: number | null,
) {
  const fresh = new Set<string>();
  for (const part of batches(list, 6)) {
    if (!part.length) continue;
    const values = part.map(
      (s) =>
        sql`(${s.nonce}, ${s.sessionId}, ${s.registrationId}, ${s.result}, ${s.scannedAt}::timestamptz, ${byUser})`,
    );
    const { rows } =
      await sql<Row>`insert into svc_scans (nonce, session_id, registration_id, result, scanned_at, by_user)
      values ${sql.join(values)} on conflict (nonce) do nothing returning nonce`.execute(db);
    for (const r of rows) fresh.add(String(r.nonce));
  }
  return new Set(list.map((s) => s.nonce).filter((n) => !fresh.has(n)));
}

export async function scanResults(db: Db, nonces: string[]) {
  const out = new Map<string, string>();
  for (const part of batches(nonces, 1)) {
    if (!part.length) continue;
    const { rows } =
      await sql<Row>`select nonce, result from svc_scans where nonce in (${sql.join(part)})`.execute(db);
    for (const r of rows) out.set(String(r.nonce), String(r.result));
  }
  return out;
}

export async function markCheckedIn(db: Db, ids: number[], at: string) {
  for (const part of batches(ids, 1)) {
    if (!part.length) continue;
    await sql`update svc_registrations set status = 'checked_in', checked_in_at = ${at}::timestamptz
      where id in (${sql.join(part)})`.execute(db);
  }
}
