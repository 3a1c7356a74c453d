// Cancelling a group booking (issue 15): the group by the link it was given when booking (only the token's SHA-256 is
// stored, as for tickets; bookings made before have none and are cancelled by staff), or the venue's staff with a
// reason; the places go back to the slot.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table svc_bookings add column token_hash text unique, add column cancel_reason text,
    add column cancelled_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table svc_bookings drop column token_hash, drop column cancel_reason, drop column cancelled_at`.execute(
    db,
  );
}
