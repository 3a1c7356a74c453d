// Read state of in-app notifications per user, not per unit: one liaison reading a notice no longer hides it from the
// colleagues of the same unit. Existing unit-wide read_at counts as read for the unit's users at the time of migration.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acc_notification_reads')
    .addColumn('notification_id', 'integer', (c) =>
      c.notNull().references('acc_notifications.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('acc_notification_reads_pk', ['notification_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('acc_notification_reads_user')
    .on('acc_notification_reads')
    .columns(['user_id', 'notification_id'])
    .execute();
  await sql`insert into acc_notification_reads (notification_id, user_id, read_at)
    select n.id, u.id, n.read_at from acc_notifications n join users u on u.unit_id = n.unit_id
    where n.read_at is not null`.execute(db);
  await db.schema.alterTable('acc_notifications').dropColumn('read_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('acc_notifications').addColumn('read_at', 'timestamptz').execute();
  // back to one read state per unit: read when any of its users had read it
  await sql`update acc_notifications n set read_at =
    (select min(r.read_at) from acc_notification_reads r where r.notification_id = n.id)`.execute(db);
  await db.schema.dropTable('acc_notification_reads').execute();
}
