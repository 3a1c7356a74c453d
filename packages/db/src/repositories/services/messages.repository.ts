// Text messages to registrants (svc_messages): who is owed one, the queue, each outcome, the counts per activity.
import type { MessageCandidate, MessageCount, MessageKind, OutgoingMessage } from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, num } from './rows.ts';

type Db = Kysely<Database>;

export async function messageCandidates(db: Db, now: string, until: string): Promise<MessageCandidate[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select r.id, k.kind, a.title, s.starts_at, coalesce(v.name, a.address) as place
    from svc_registrations r
      join svc_sessions s on s.id = r.session_id
      join svc_activities a on a.id = s.activity_id
      left join svc_venues v on v.id = a.venue_id
      cross join (values ('reminder'), ('promoted')) k(kind)
    where r.status = 'confirmed' and a.state = 'published' and r.phone <> ''
      and s.starts_at > ${now}::timestamptz
      and (k.kind = 'promoted' and r.promoted_at is not null
        or k.kind = 'reminder' and s.starts_at <= ${until}::timestamptz)
      and not exists (select 1 from svc_messages m where m.registration_id = r.id and m.kind = k.kind)
    order by r.id, k.kind`.execute(db);
  return rows.map((r) => ({
    registrationId: num(r.id),
    kind: r.kind as MessageKind,
    title: String(r.title),
    startsAt: iso(r.starts_at),
    place: String(r.place ?? ''),
  }));
}

export async function insertMessages(
  db: Db,
  list: { registrationId: number; kind: MessageKind; body: string }[],
): Promise<number> {
  if (!list.length) return 0;
  const { rows } = await sql<{ id: number }>`insert into svc_messages (registration_id, kind, body)
    select * from unnest(${list.map((m) => m.registrationId)}::bigint[], ${list.map((m) => m.kind)}::text[],
      ${list.map((m) => m.body)}::text[])
    on conflict (registration_id, kind) do nothing returning id`.execute(db);
  return rows.length;
}

export async function unsentMessages(
  db: Db,
  now: string,
  maxAttempts: number,
  limit: number,
): Promise<OutgoingMessage[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select m.id, s.activity_id, r.phone, m.body
    from svc_messages m
      join svc_registrations r on r.id = m.registration_id
      join svc_sessions s on s.id = r.session_id
    where m.state <> 'sent' and m.attempts < ${maxAttempts} and r.status = 'confirmed' and r.phone <> ''
      and s.starts_at > ${now}::timestamptz
    order by m.id limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: num(r.id),
    activityId: num(r.activity_id),
    phone: String(r.phone),
    body: String(r.body),
  }));
}

export async function markMessage(
  db: Db,
  id: number,
  result: { sentAt: string } | { error: string },
): Promise<void> {
  if ('sentAt' in result)
    await sql`update svc_messages set state = 'sent', attempts = attempts + 1, sent_at = ${result.sentAt},
      last_error = null where id = ${id}`.execute(db);
  else
    await sql`update svc_messages set state = 'failed', attempts = attempts + 1, last_error = ${result.error}
      where id = ${id}`.execute(db);
}

export async function messageCounts(db: Db, activityId: number): Promise<MessageCount[]> {
  const { rows } = await sql<Record<string, unknown>>`
    select m.kind, m.state, count(*) as n
    from svc_messages m
      join svc_registrations r on r.id = m.registration_id
      join svc_sessions s on s.id = r.session_id
    where s.activity_id = ${activityId}
    group by m.kind, m.state`.execute(db);
  return rows.map((r) => ({
    kind: r.kind as MessageKind,
    state: r.state as MessageCount['state'],
    count: num(r.n),
  }));
}
