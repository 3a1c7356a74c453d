// The citizen science literacy survey (issue 11): versioned instruments as data, surveys with their districts, stage
// and written-down design, interviewers' PSUs, invitation tokens (only their SHA-256 is kept; the contact column and
// the tokens themselves go when fieldwork closes) and responses with the analyst's decision on their quality flags (the flags are computed on read).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_instruments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('illustrative', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('survey_instruments_version', ['code', 'version'])
    .execute();
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('survey_instruments.id'))
    .addColumn('districts', sql`text[]`, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft','fieldwork','closed','published')`),
    )
    .addColumn('consent', 'text', (c) => c.notNull())
    .addColumn('design', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('survey_assignments')
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('psu_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('survey_assignments_pk', ['survey_id', 'psu_code', 'user_id'])
    .execute();
  await db.schema
    .createTable('survey_tokens')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('psu_code', 'text')
    .addColumn('contact', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('token_id', 'integer', (c) => c.unique().references('survey_tokens.id').onDelete('set null'))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('self','interviewer','import')`))
    .addColumn('psu_code', 'text')
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('demographics', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('consent_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('device', 'text')
    .addColumn('interviewer_id', 'integer', (c) => c.references('users.id'))
    .addColumn('review', 'text', (c) => c.check(sql`review in ('accepted','excluded')`))
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('synthetic', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('survey_responses_survey').on('survey_responses').column('survey_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'survey_responses',
    'survey_tokens',
    'survey_assignments',
    'surveys',
    'survey_instruments',
  ])
    await db.schema.dropTable(t).execute();
}
