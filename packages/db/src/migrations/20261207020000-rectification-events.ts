// A rectification item keeps its history: every response, close (销号) and reopen with its comment, who and when, so a
// reopen no longer overwrites the 销号 comment. Items already closed or reopened get no back-filled rows.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acc_rectification_events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('rectification_id', 'integer', (c) =>
      c.notNull().references('acc_rectifications.id').onDelete('cascade'),
    )
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_username', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('respond', 'close', 'reopen')`))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('acc_rectification_events_item')
    .on('acc_rectification_events')
    .column('rectification_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('acc_rectification_events').execute();
}
