// Team contests (issue 17): a contest in team mode has teams (a name, a unit, an area and a code players join by);
// each attempt of such a contest names its team, and the team board is counted from the attempts.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contests add column team_mode boolean not null default false`.execute(db);
  await sql`create table contest_teams (
    id serial primary key,
    contest_id integer not null references contests(id),
    name text not null,
    code text not null,
    unit text not null default '',
    area_code text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (contest_id, name),
    unique (contest_id, code))`.execute(db);
  await sql`alter table contest_attempts add column team_id integer references contest_teams(id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contest_attempts drop column team_id`.execute(db);
  await sql`drop table contest_teams`.execute(db);
  await sql`alter table contests drop column team_mode`.execute(db);
}
