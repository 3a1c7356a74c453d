// Commendations (issue 16): one round per year with the categories' thresholds as data, nominations (a volunteer,
// team or venue the data knows, or a free entry) with their figures when nominated, and the log of every move. The
// volunteers gain the national platforms' export mapping (null: the shipped one) and a retention per personal field.
import { type Kysely, sql } from 'kysely';

const statements = [
  sql`create table cmd_rounds (
    id serial primary key,
    year integer not null unique check (year between 2000 and 2100),
    title text not null,
    period_from date not null,
    period_to date not null check (period_to >= period_from),
    thresholds jsonb not null,
    state text not null default 'nominating' check (state in ('nominating','reviewing','decided','published')),
    decision_number text, decision_date date,
    published_at timestamptz,
    demo boolean not null default false,
    created_at timestamptz not null default now())`,
  sql`create table cmd_nominations (
    id serial primary key,
    round_id integer not null references cmd_rounds(id),
    category text not null check (category in
      ('advanced_group','advanced_individual','star_volunteer','excellent_team','excellent_base')),
    subject_kind text not null check (subject_kind in ('volunteer','team','venue','free')),
    subject_id integer check ((subject_kind = 'free') = (subject_id is null)),
    name text not null,
    affiliation text not null default '',
    area_code text references areas(code),
    unit_id integer,
    citation text not null,
    evidence text[] not null default '{}',
    public_consent boolean not null default false,
    figures jsonb not null default '{}',
    below_threshold boolean not null default false,
    below_reason text not null default '',
    check (not below_threshold or below_reason <> ''),
    state text not null default 'submitted' check (state in ('submitted','returned','passed','rejected','approved')),
    comment text not null default '',
    created_by text not null,
    created_at timestamptz not null default now())`,
  sql`create unique index cmd_nominations_subject on cmd_nominations (round_id, category, subject_kind, subject_id)
    where subject_id is not null`,
  sql`create table cmd_events (
    id bigserial primary key,
    entity text not null check (entity in ('round','nomination')),
    entity_id integer not null,
    move text not null,
    from_state text not null,
    to_state text not null,
    comment text not null default '',
    by_name text not null,
    at timestamptz not null)`,
  sql`create index cmd_events_entity on cmd_events (entity, entity_id)`,
  sql`alter table vol_settings add column national_mapping jsonb`,
  sql`create table vol_field_retention (
    field text primary key check (field in ('name','phone','birth_date','guardian','skills','availability')),
    days integer not null check (days between 30 and 3650))`,
  sql`insert into vol_field_retention (field, days) values
    ('name', 1095), ('phone', 1095), ('birth_date', 1095), ('guardian', 1095), ('skills', 730), ('availability', 365)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table vol_field_retention`.execute(db);
  await sql`alter table vol_settings drop column national_mapping`.execute(db);
  for (const t of ['cmd_events', 'cmd_nominations', 'cmd_rounds'])
    await sql`drop table ${sql.table(t)}`.execute(db);
}
