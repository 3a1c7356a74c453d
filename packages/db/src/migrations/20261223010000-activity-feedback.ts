// The satisfaction survey after an activity (issue 15's post-event survey): three ratings from 1 to 5, whether one
// would recommend it, and an optional comment. Anonymous by design: no name or phone is asked; an answer given from a
// ticket keeps the registration only so that one ticket answers once (never shown to staff).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table svc_feedback (
    id serial primary key,
    activity_id integer not null references svc_activities(id),
    registration_id integer references svc_registrations(id),
    overall smallint not null check (overall between 1 and 5),
    content smallint not null check (content between 1 and 5),
    organisation smallint not null check (organisation between 1 and 5),
    recommend boolean,
    comment text not null default '' check (length(comment) <= 500),
    created_at timestamptz not null default now())`.execute(db);
  await sql`create unique index svc_feedback_one_per_ticket on svc_feedback (registration_id)
    where registration_id is not null`.execute(db);
  await sql`create index svc_feedback_activity on svc_feedback (activity_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table svc_feedback`.execute(db);
}
