// Image items (issue 17): an item may carry one image (PNG or JPEG, kept in the database like the other files) with
// its alt text; the images are rows of their own so an edited item may keep its image without a new upload.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table contest_images (
    id serial primary key,
    content_type text not null check (content_type in ('image/png','image/jpeg')),
    bytes integer not null,
    data bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now())`.execute(db);
  await sql`alter table contest_items add column image_id integer references contest_images(id),
    add column image_alt text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contest_items drop column image_id, drop column image_alt`.execute(db);
  await sql`drop table contest_images`.execute(db);
}
