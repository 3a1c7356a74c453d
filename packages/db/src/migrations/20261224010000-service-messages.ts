// Text messages to registrants (issue 15's reminders): the day before their session, and when a freed seat moves them
// off the waitlist. One row per registration and kind, so a message is never sent twice; the phone number is read
// from the registration when sending and never copied here (the retention purge clears it in one place).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table svc_messages (
    id bigserial primary key,
    registration_id bigint not null references svc_registrations(id),
    kind text not null check (kind in ('reminder', 'promoted')),
    body text not null,
    state text not null default 'queued' check (state in ('queued', 'sent', 'failed')),
    attempts smallint not null default 0,
    last_error text,
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    unique (registration_id, kind))`.execute(db);
  await sql`create index svc_messages_unsent on svc_messages (id) where state <> 'sent'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table svc_messages`.execute(db);
}
