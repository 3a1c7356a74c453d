// Training records (issue 16): courses for the plan's groups with their sessions (voided with a reason, never
// deleted), trainees as a headcount by group or named with consent (personal fields erased by the purge), evidence
// files; the ledger learns the kind `training` and which plan unit's work an entry not tied to an activity is.
import { type Kysely, sql } from 'kysely';
import { addLedgerKind, dropLedgerKind } from './ledger-kinds.ts';

const statements = [
  sql`create table trn_courses (
    id serial primary key,
    title text not null,
    programme text not null check (programme in ('teachers','cadres','farmers','workers','other')),
    task_number integer,
    organiser_unit_id integer not null references org_units(id),
    area_code text not null references areas(code),
    topic text not null default '',
    target_group text not null check (target_group in ('youth','workers','farmers','elderly','officials')),
    trainee_mode text not null check (trainee_mode in ('headcount','named')),
    headcount jsonb not null default '{}',
    by_sex jsonb,
    completed_count integer check (completed_count >= 0),
    demo boolean not null default false,
    created_by text not null,
    created_at timestamptz not null default now())`,
  sql`create index trn_courses_unit on trn_courses (organiser_unit_id)`,
  sql`create table trn_sessions (
    id serial primary key,
    course_id integer not null references trn_courses(id),
    starts_on date not null,
    ends_on date not null check (ends_on >= starts_on),
    hours double precision not null check (hours > 0),
    place text not null default '',
    mode text not null check (mode in ('offline','online')),
    state text not null default 'planned' check (state in ('planned','completed','void')),
    completed_at timestamptz,
    voided_at timestamptz, void_reason text, voided_by text,
    check ((voided_at is null) = (void_reason is null)))`,
  sql`create index trn_sessions_course on trn_sessions (course_id)`,
  sql`create table trn_trainees (
    id serial primary key,
    course_id integer not null references trn_courses(id),
    name text not null,
    unit text not null default '',
    phone text not null default '',
    target_group text not null check (target_group in ('youth','workers','farmers','elderly','officials','public')),
    sex text check (sex in ('male','female')),
    consent_at timestamptz not null,
    completed boolean not null default false,
    certificate_no text not null default '',
    erased boolean not null default false)`,
  sql`create index trn_trainees_course on trn_trainees (course_id)`,
  sql`create table trn_files (
    id serial primary key,
    course_id integer not null references trn_courses(id),
    file_name text not null,
    content_type text not null,
    bytes integer not null,
    data bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now())`,
  sql`alter table svc_ledger add column unit_id integer references org_units(id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
  await addLedgerKind(db, 'training');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropLedgerKind(db, 'training');
  await sql`alter table svc_ledger drop column unit_id`.execute(db);
  for (const t of ['trn_files', 'trn_trainees', 'trn_sessions', 'trn_courses'])
    await sql`drop table ${sql.table(t)}`.execute(db);
}
