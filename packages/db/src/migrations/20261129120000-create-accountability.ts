// Accountability tables (督促检查): work items, rounds and extensions, reports with history and evidence, weights,
// inspections and rectifications, unit areas, notifications and the email outbox.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acc_unit_areas')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('org_units.id').onDelete('cascade'))
    .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
    .execute();
  await db.schema
    .createTable('acc_work_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('task_number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_unit_ids', sql`integer[]`, (c) => c.notNull())
    .addColumn('deliverable', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('target_value', 'double precision')
    .addColumn('target_unit', 'text')
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    .addColumn('copied_from', 'integer', (c) => c.references('acc_work_items.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('acc_work_items_year')
    .on('acc_work_items')
    .columns(['plan_id', 'year', 'task_number'])
    .execute();
  await db.schema
    .createTable('acc_rounds')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull().check(sql`period in ('Q1','Q2','Q3','Q4','H1','H2','Y')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('acc_rounds_period', ['plan_id', 'year', 'period'])
    .execute();
  await db.schema
    .createTable('acc_round_extensions')
    .addColumn('round_id', 'integer', (c) => c.notNull().references('acc_rounds.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('acc_round_extensions_pk', ['round_id', 'unit_id'])
    .execute();
  await db.schema
    .createTable('acc_reports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('round_id', 'integer', (c) => c.notNull().references('acc_rounds.id').onDelete('cascade'))
    .addColumn('task_number', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('draft','submitted','returned','accepted')`),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_status', 'text')
    .addColumn('progress', 'integer', (c) => c.notNull().check(sql`progress between 0 and 100`))
    .addColumn('done_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('measures', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_steps', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('items', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('returned_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('acc_reports_cell', ['round_id', 'task_number', 'unit_id'])
    .execute();
  await db.schema
    .createTable('acc_report_events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('acc_reports.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_username', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('acc_report_events_report')
    .on('acc_report_events')
    .column('report_id')
    .execute();
  await db.schema
    .createTable('acc_files')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('report_id', 'integer', (c) => c.references('acc_reports.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('acc_weights')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('task','group')`))
    .addColumn('ref', 'integer', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('acc_weights_pk', ['plan_id', 'level', 'ref'])
    .execute();
  await db.schema
    .createTable('acc_inspections')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('unit_ids', sql`integer[]`, (c) => c.notNull())
    .addColumn('task_numbers', sql`integer[]`, (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('acc_rectifications')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('inspection_id', 'integer', (c) =>
      c.notNull().references('acc_inspections.id').onDelete('cascade'),
    )
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('open','responded','closed')`))
    .addColumn('response', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responded_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('acc_rectifications_owner')
    .on('acc_rectifications')
    .column('owner_unit_id')
    .execute();
  await db.schema
    .createTable('acc_notifications')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('acc_notifications_unit')
    .on('acc_notifications')
    .columns(['unit_id', 'id'])
    .execute();
  await db.schema
    .createTable('acc_email_outbox')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('notification_id', 'integer', (c) =>
      c.notNull().references('acc_notifications.id').onDelete('cascade'),
    )
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending','sent','failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('acc_unit_emails')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('org_units.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'acc_unit_emails',
    'acc_email_outbox',
    'acc_notifications',
    'acc_rectifications',
    'acc_inspections',
    'acc_weights',
    'acc_files',
    'acc_report_events',
    'acc_reports',
    'acc_round_extensions',
    'acc_rounds',
    'acc_work_items',
    'acc_unit_areas',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
