// Volunteers (issue 16): teams in their hierarchy with a seal image, volunteers (only their key's SHA-256 kept;
// personal fields erased by the purge, hours kept), opportunities and sign-ups, hour records that change state and
// are never deleted, certificates of service, the star levels' hours; the ledger learns the volunteer_service kind.
import { type Kysely, sql } from 'kysely';

const ledgerKinds = (kinds: string[]) => sql.raw(kinds.map((k) => `'${k}'`).join(','));
const oldKinds = ['registration', 'check_in', 'headcount', 'visit'];

const statements = [
  sql`create table vol_settings (
    id integer primary key default 1 check (id = 1),
    star_hours double precision[] not null default '{100,300,600,1000,1500}')`,
  sql`insert into vol_settings (id) values (1)`,
  sql`create table vol_teams (
    id serial primary key,
    name text not null,
    level text not null check (level in ('city','district','unit')),
    parent_id integer references vol_teams(id),
    area_code text not null references areas(code),
    host text not null default '',
    seal_png bytea,
    demo boolean not null default false,
    created_at timestamptz not null default now())`,
  sql`create table vol_volunteers (
    id serial primary key,
    token_hash text not null unique,
    name text not null,
    phone text not null,
    birth_date date,
    guardian_name text, guardian_phone text,
    team_id integer references vol_teams(id),
    skills text[] not null default '{}',
    availability text[] not null default '{}',
    consent_at timestamptz not null,
    public_display boolean not null default false,
    approved_hours double precision not null default 0,
    star integer not null default 0,
    status text not null default 'active' check (status in ('active','deletion_requested','erased')),
    status_at timestamptz not null default now(),
    demo boolean not null default false,
    created_at timestamptz not null default now())`,
  sql`create table vol_opportunities (
    id serial primary key,
    team_id integer not null references vol_teams(id),
    activity_id integer references svc_activities(id),
    title text not null,
    role text not null default '',
    starts_at timestamptz not null,
    ends_at timestamptz not null check (ends_at > starts_at),
    slots integer not null check (slots > 0),
    skills text[] not null default '{}',
    demo boolean not null default false)`,
  sql`create table vol_signups (
    id serial primary key,
    opportunity_id integer not null references vol_opportunities(id),
    volunteer_id integer not null references vol_volunteers(id),
    status text not null check (status in ('applied','accepted','waitlisted','cancelled','no_show','completed')),
    created_at timestamptz not null default now(),
    unique (opportunity_id, volunteer_id))`,
  sql`create table vol_hours (
    id bigserial primary key,
    volunteer_id integer not null references vol_volunteers(id),
    team_id integer not null references vol_teams(id),
    opportunity_id integer references vol_opportunities(id),
    source text not null check (source in ('check_in','manager','self')),
    state text not null check (state in ('entered','pending','approved','declined','void')),
    started_at timestamptz not null,
    ended_at timestamptz,
    hours double precision not null default 0 check (hours >= 0),
    auto_checked_out boolean not null default false,
    note text not null default '',
    reason text,
    decided_by text, decided_at timestamptz,
    created_by text not null,
    created_at timestamptz not null default now())`,
  sql`create index vol_hours_volunteer on vol_hours (volunteer_id, state)`,
  sql`create table vol_certificates (
    id serial primary key,
    number text not null unique,
    volunteer_id integer not null references vol_volunteers(id),
    team_id integer not null references vol_teams(id),
    issuer text not null,
    hours double precision not null check (hours > 0),
    period_from date not null,
    period_to date not null check (period_to >= period_from),
    issued_at timestamptz not null,
    issued_by text not null,
    revoked_at timestamptz, revoke_reason text,
    check ((revoked_at is null) = (revoke_reason is null)))`,
  sql`alter table svc_ledger drop constraint svc_ledger_kind_check`,
  sql`alter table svc_ledger add constraint svc_ledger_kind_check
    check (kind in (${ledgerKinds([...oldKinds, 'volunteer_service'])}))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table svc_ledger drop constraint svc_ledger_kind_check`.execute(db);
  await sql`delete from svc_ledger where kind = 'volunteer_service'`.execute(db);
  await sql`alter table svc_ledger add constraint svc_ledger_kind_check check (kind in (${ledgerKinds(oldKinds)}))`.execute(
    db,
  );
  for (const t of [
    'vol_certificates',
    'vol_hours',
    'vol_signups',
    'vol_opportunities',
    'vol_volunteers',
    'vol_teams',
    'vol_settings',
  ])
    await sql`drop table ${sql.table(t)}`.execute(db);
}
