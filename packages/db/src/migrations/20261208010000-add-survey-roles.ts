// The survey's two roles (issue 11): an analyst (weighting, estimation, quality review) and an interviewer (door-to-door
// entry in the PSUs assigned to it). Neither has a unit or an area, so the scope constraint stays as it is.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('office','liaison','district','viewer','analyst','interviewer'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('office','liaison','district','viewer'))`.execute(db);
}
