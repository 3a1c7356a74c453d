// Experts (issue 16): pools (three shipped), experts with the areas they serve (only their key's SHA-256 kept;
// personal fields erased by the purge, records kept), pool membership, invitations from activities, service records;
// the ledger learns the expert_service kind (ledger-kinds.ts).
import { type Kysely, sql } from 'kysely';
import { addLedgerKind, dropLedgerKind } from './ledger-kinds.ts';

const statements = [
  sql`create table exp_pools (
    id serial primary key,
    code text not null unique,
    name text not null,
    name_en text not null default '',
    created_at timestamptz not null default now())`,
  sql`insert into exp_pools (code, name, name_en) values
    ('teachers', '科普名师库', 'Science communication teachers'),
    ('emergency', '应急科普专家队伍', 'Emergency science experts'),
    ('rumour', '辟谣专家', 'Rumour-refutation experts')`,
  sql`create table exp_experts (
    id serial primary key,
    token_hash text not null unique,
    name text not null,
    gender text check (gender in ('female','male')),
    title text not null default '',
    organisation text not null,
    fields text[] not null default '{}',
    topics text[] not null default '{}',
    languages text[] not null default '{}',
    available boolean not null default true,
    availability text not null default '',
    phone text not null,
    consent_at timestamptz not null,
    public_display boolean not null default false,
    status text not null default 'active' check (status in ('active','deletion_requested','erased')),
    status_at timestamptz not null default now(),
    demo boolean not null default false,
    created_by text not null,
    created_at timestamptz not null default now())`,
  sql`create table exp_expert_areas (
    expert_id integer not null references exp_experts(id),
    area_code text not null references areas(code),
    position integer not null,
    primary key (expert_id, area_code))`,
  sql`create table exp_pool_members (
    pool_id integer not null references exp_pools(id),
    expert_id integer not null references exp_experts(id),
    primary key (pool_id, expert_id))`,
  sql`create table exp_invitations (
    id serial primary key,
    activity_id integer not null references svc_activities(id),
    expert_id integer not null references exp_experts(id),
    topic text,
    note text not null default '',
    state text not null check (state in ('requested','accepted','declined','cancelled','delivered')),
    reason text,
    requested_by text not null,
    requested_at timestamptz not null,
    answered_by text, answered_at timestamptz)`,
  sql`create index exp_invitations_activity on exp_invitations (activity_id)`,
  sql`create index exp_invitations_expert on exp_invitations (expert_id)`,
  sql`create table exp_services (
    id bigserial primary key,
    expert_id integer not null references exp_experts(id),
    kind text not null check (kind in ('lecture','consultation','content_review')),
    date date not null,
    hours double precision not null check (hours > 0),
    activity_id integer references svc_activities(id),
    invitation_id integer unique references exp_invitations(id),
    ref text,
    note text not null default '',
    created_by text not null,
    created_at timestamptz not null default now(),
    voided_at timestamptz, void_reason text, voided_by text,
    check ((voided_at is null) = (void_reason is null)))`,
  sql`create index exp_services_expert on exp_services (expert_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await s.execute(db);
  await addLedgerKind(db, 'expert_service');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropLedgerKind(db, 'expert_service');
  for (const t of [
    'exp_services',
    'exp_invitations',
    'exp_pool_members',
    'exp_expert_areas',
    'exp_experts',
    'exp_pools',
  ])
    await sql`drop table ${sql.table(t)}`.execute(db);
}
