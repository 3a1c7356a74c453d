// A venue's annual assessment (issue 15's dynamic management): the scorecard of a year (data; the shipped card when a
// year has none), each venue's self-report with the values and points it claims, the office's expert review with the
// points it grants and its comment, the on-site check (an accountability inspection of the host unit, whose findings
// are its rectification items), and the results published.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table svc_scorecards (
    year integer primary key check (year between 2000 and 2100),
    card jsonb not null,
    updated_at timestamptz not null default now())`.execute(db);
  await sql`create table svc_venue_reports (
    id serial primary key,
    venue_id integer not null references svc_venues(id),
    year integer not null check (year between 2000 and 2100),
    card jsonb not null,
    values jsonb not null,
    self_points jsonb not null,
    self_total numeric(5,1) not null,
    note text not null default '',
    state text not null check (state in ('submitted', 'reviewed', 'published')),
    review_points jsonb,
    review_total numeric(5,1),
    grade jsonb,
    comment text not null default '',
    check_inspection_id integer references acc_inspections(id),
    submitted_at timestamptz not null default now(),
    reviewed_at timestamptz,
    published_at timestamptz,
    unique (venue_id, year))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table svc_venue_reports`.execute(db);
  await sql`drop table svc_scorecards`.execute(db);
}
