// Science content (issue 17, part 1): works with their versions, the review as a logged state machine (each step in
// cnt_events; a review sent to an expert by a key of its own, only the key's hash kept), emergency publications
// under the office's sign-off, and reads counted per work and day (a number, nobody tracked), written to the
// participation ledger as the new kind content_read.
import { type Kysely, sql } from 'kysely';
import { addLedgerKind, dropLedgerKind } from './ledger-kinds.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    sql`create table cnt_works (
      id serial primary key,
      title text not null,
      kind text not null check (kind in ('article','images','video','audio','pdf','emergency_pack','rumour')),
      topics text[] not null,
      target_groups text[] not null,
      unit_id integer references org_units(id),
      author text not null default '',
      source text not null default '',
      licence text not null default '',
      hazard text check (hazard in ('earthquake','flood','typhoon','public_health','chemical','cold_wave')),
      state text not null check (state in ('draft','submitted','in_review','revise','approved','published','withdrawn')),
      version integer not null default 1,
      published_version integer,
      published_at timestamptz,
      withdrawn_reason text,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      demo boolean not null default false,
      check ((kind = 'emergency_pack') = (hazard is not null)),
      check ((state = 'published') = (published_version is not null)))`,
    sql`create table cnt_versions (
      work_id integer not null references cnt_works(id),
      number integer not null,
      summary text not null default '',
      body text not null,
      media_url text,
      rumour jsonb,
      created_by text not null,
      created_at timestamptz not null,
      submitted_at timestamptz,
      primary key (work_id, number))`,
    sql`create table cnt_events (
      id serial primary key,
      work_id integer not null references cnt_works(id),
      move text not null,
      from_state text,
      to_state text not null,
      version integer not null,
      by text not null,
      at timestamptz not null,
      note text not null default '')`,
    sql`create index cnt_events_work on cnt_events (work_id, id)`,
    sql`create table cnt_reviews (
      id serial primary key,
      work_id integer not null references cnt_works(id),
      version integer not null,
      expert_id integer not null references exp_experts(id),
      expert_name text not null,
      token_hash text not null unique,
      state text not null check (state in ('pending','approved','revise','recalled')),
      comments text not null default '',
      assigned_by text not null,
      assigned_at timestamptz not null,
      decided_at timestamptz)`,
    sql`create index cnt_reviews_work on cnt_reviews (work_id)`,
    sql`create table cnt_emergencies (
      id serial primary key,
      work_id integer not null references cnt_works(id),
      hazard text not null,
      sign_off text not null,
      started_by text not null,
      started_at timestamptz not null,
      ended_by text,
      ended_at timestamptz,
      end_note text)`,
    sql`create unique index cnt_emergencies_active on cnt_emergencies (work_id) where ended_at is null`,
    sql`create table cnt_reads (
      work_id integer not null references cnt_works(id),
      day date not null,
      count integer not null,
      on_ledger boolean not null default false,
      primary key (work_id, day))`,
  ])
    await s.execute(db);
  await addLedgerKind(db, 'content_read');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropLedgerKind(db, 'content_read');
  for (const t of ['cnt_reads', 'cnt_emergencies', 'cnt_reviews', 'cnt_events', 'cnt_versions', 'cnt_works'])
    await sql`drop table ${sql.raw(t)}`.execute(db);
}
