// Quizzes and contests (issue 17): the item bank with players' error reports, contests with their draw rules and
// scoring as data, attempts (the paper frozen at the start, the result written once), anti-cheat flags for review;
// the participation ledger gains the kind `quiz` (a submitted paper).
import { type Kysely, sql } from 'kysely';

const statements = [
  sql`create table contest_items (
    id serial primary key,
    kind text not null check (kind in ('single','multiple','truefalse')),
    stem text not null,
    options text[] not null,
    answer integer[] not null,
    topic text not null,
    difficulty text not null check (difficulty in ('easy','medium','hard')),
    target_groups text[] not null,
    explanation text not null default '',
    review text not null default 'draft' check (review in ('draft','approved','retired')),
    demo boolean not null default false,
    created_at timestamptz not null default now())`,
  sql`create table contest_item_reports (
    id serial primary key,
    item_id integer not null references contest_items(id),
    note text not null,
    resolved boolean not null default false,
    at timestamptz not null)`,
  sql`create index contest_item_reports_item on contest_item_reports (item_id)`,
  sql`create table contests (
    id serial primary key,
    title text not null,
    mode text not null check (mode in ('daily','timed','untimed')),
    opens_at timestamptz not null,
    closes_at timestamptz not null check (closes_at > opens_at),
    time_limit integer check (time_limit > 0),
    attempt_cap integer not null check (attempt_cap > 0),
    area_code text not null references areas(code),
    target_groups text[] not null,
    rules jsonb not null,
    scoring jsonb not null,
    demo boolean not null default false,
    created_at timestamptz not null default now())`,
  sql`create table contest_attempts (
    token text primary key,
    contest_id integer not null references contests(id),
    player_key text not null,
    masked_name text not null,
    unit text not null,
    area_code text not null references areas(code),
    district text not null,
    target_group text not null,
    device text not null,
    paper integer[] not null,
    started_at timestamptz not null,
    deadline timestamptz,
    answers jsonb,
    score integer,
    correct integer,
    seconds double precision,
    submitted_at timestamptz,
    demo boolean not null default false)`,
  sql`create index contest_attempts_player on contest_attempts (contest_id, player_key, started_at)`,
  sql`create table contest_flags (
    id serial primary key,
    contest_id integer not null references contests(id),
    attempt_token text not null references contest_attempts(token),
    kind text not null check (kind in ('speed','identical','device')),
    detail text not null,
    at timestamptz not null,
    decision text check (decision in ('cleared','confirmed')),
    note text, decided_by text, decided_at timestamptz)`,
  sql`create index contest_flags_contest on contest_flags (contest_id)`,
  sql`alter table svc_ledger drop constraint svc_ledger_kind_check`,
  sql`alter table svc_ledger add constraint svc_ledger_kind_check
    check (kind in ('registration','check_in','headcount','visit','volunteer_service','quiz'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from svc_ledger where kind = 'quiz'`.execute(db);
  await sql`alter table svc_ledger drop constraint svc_ledger_kind_check`.execute(db);
  await sql`alter table svc_ledger add constraint svc_ledger_kind_check
    check (kind in ('registration','check_in','headcount','visit','volunteer_service'))`.execute(db);
  for (const t of ['contest_flags', 'contest_attempts', 'contests', 'contest_item_reports', 'contest_items'])
    await sql`drop table ${sql.table(t)}`.execute(db);
}
