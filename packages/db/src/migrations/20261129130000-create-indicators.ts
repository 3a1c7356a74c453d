// Indicators (issue 5): the yearly form as data (items, rules, computed), reporting units, reports with locks and
// history, values, populations by year, targets with overrides, literacy KPI values with their source, schools.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ind_breakdowns')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ind_forms')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('ind_items')
    .addColumn('year', 'integer', (c) => c.notNull().references('ind_forms.year').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('group_code', 'text', (c) => c.notNull().check(sql`group_code in ('P','V','F','M','A','E')`))
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('value_type', 'text', (c) =>
      c.notNull().check(sql`value_type in ('integer','number','percentage','money','text')`),
    )
    .addColumn('aggregation', 'text', (c) => c.notNull().check(sql`aggregation in ('sum','latest','mean')`))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('breakdown_code', 'text', (c) => c.references('ind_breakdowns.code'))
    .addColumn('parent_code', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('ind_items_pk', ['year', 'code'])
    .execute();
  await db.schema
    .createTable('ind_rules')
    .addColumn('year', 'integer', (c) => c.notNull().references('ind_forms.year').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('left_expr', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull())
    .addColumn('right_expr', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('hard','soft')`))
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('ind_rules_pk', ['year', 'code'])
    .execute();
  await db.schema
    .createTable('ind_computed')
    .addColumn('year', 'integer', (c) => c.notNull().references('ind_forms.year').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('numerator', 'text', (c) => c.notNull())
    .addColumn('denominator', 'text', (c) => c.notNull())
    .addColumn('factor', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ind_computed_pk', ['year', 'code'])
    .execute();
  await db.schema
    .createTable('ind_units')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('dept_type', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
    .addColumn('org_unit_id', 'integer', (c) => c.references('org_units.id'))
    .execute();
  await db.schema.createIndex('ind_units_area').on('ind_units').column('area_code').execute();
  await db.schema
    .createTable('ind_reports')
    .addColumn('year', 'integer', (c) => c.notNull().references('ind_forms.year').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('ind_units.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('open','draft','submitted','returned','approved','accepted')`),
    )
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('explanations', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', 'timestamptz')
    .addColumn('lock_reason', 'text')
    .addColumn('return_reason', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('ind_reports_pk', ['year', 'unit_id'])
    .execute();
  await db.schema
    .createTable('ind_report_events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_username', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addForeignKeyConstraint(
      'ind_report_events_report',
      ['year', 'unit_id'],
      'ind_reports',
      ['year', 'unit_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createTable('ind_values')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('option_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision')
    .addColumn('text_value', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ind_values_pk', ['year', 'unit_id', 'item_code', 'option_code'])
    .addForeignKeyConstraint(
      'ind_values_report',
      ['year', 'unit_id'],
      'ind_reports',
      ['year', 'unit_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('ind_values_item').on('ind_values').columns(['item_code', 'year']).execute();
  await db.schema
    .createTable('ind_populations')
    .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull().check(sql`population >= 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ind_populations_pk', ['area_code', 'year'])
    .execute();
  await db.schema
    .createTable('ind_targets')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('increase','decrease')`))
    .addColumn('natural_limit', 'double precision')
    .addColumn('baseline_year', 'integer')
    .addColumn('baseline_value', 'double precision')
    .addColumn('history', 'jsonb', (c) => c.notNull())
    .addColumn('targets', 'jsonb', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ind_status_overrides')
    .addColumn('code', 'text', (c) => c.notNull().references('ind_targets.code').onDelete('cascade'))
    .addColumn('target_year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('ind_status_overrides_pk', ['code', 'target_year'])
    .execute();
  await db.schema
    .createTable('ind_kpi_values')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
    .addColumn('option_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull().check(sql`source_kind in ('survey','published')`))
    .addColumn('se', 'double precision')
    .addColumn('ci_low', 'double precision')
    .addColumn('ci_high', 'double precision')
    .addColumn('instrument', 'text')
    .addColumn('citation', 'text')
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('ind_kpi_values_key', ['code', 'year', 'area_code', 'option_code'])
    .execute();
  await db.schema
    .createTable('ind_schools')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull().references('areas.code'))
    .addColumn('level', 'text', (c) =>
      c.notNull().check(sql`level in ('primary','junior','senior','vocational','nine_year','complete')`),
    )
    .addColumn('urban_rural', 'text', (c) => c.notNull().check(sql`urban_rural in ('urban','rural')`))
    .addColumn('counsellors', 'integer', (c) => c.notNull().defaultTo(0).check(sql`counsellors >= 0`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('ind_schools_name', ['area_code', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'ind_schools',
    'ind_kpi_values',
    'ind_status_overrides',
    'ind_targets',
    'ind_populations',
    'ind_values',
    'ind_report_events',
    'ind_reports',
    'ind_units',
    'ind_computed',
    'ind_rules',
    'ind_items',
    'ind_forms',
    'ind_breakdowns',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
