// Kysely table types: the database as the code sees it.
import type { ColumnType, Generated } from 'kysely';

/** A timestamp with a database default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface PlansTable {
  id: Generated<number>;
  jurisdiction_code: string;
  jurisdiction_name: string;
  title: string;
  document_number: string;
  issued_on: string | null;
  period_start: number;
  period_end: number;
  version: number;
  is_current: boolean;
  imported_at: Timestamp;
  imported_by: number | null;
}
export interface PlanSectionsTable {
  plan_id: number;
  number: number;
  title: string;
  text: string;
  /** Place in the outline's `sections`. */
  position: number;
}
export interface OrgUnitsTable {
  id: Generated<number>;
  jurisdiction_code: string;
  name: string;
  contact_name: string | null;
  contact_phone: string | null;
  note: WithDefault<string>;
}
export interface PlanGroupsTable {
  id: Generated<number>;
  plan_id: number;
  kind: 'action' | 'project' | 'measure';
  number: number;
  title: string;
  text: string;
  position: number;
}
export interface PlanGroupLeadsTable {
  group_id: number;
  unit_id: number;
  position: number;
}
export interface PlanTasksTable {
  id: Generated<number>;
  plan_id: number;
  group_id: number | null;
  number: number;
  title: string;
  text: string;
  /** Place in the outline's `tasks`, and in its group's `taskNumbers`. */
  position: number;
  group_position: number;
}
export interface PlanTaskUnitsTable {
  task_id: number;
  unit_id: number;
  position: number;
}
export interface PlanTargetsTable {
  id: Generated<number>;
  plan_id: number;
  indicator: string;
  year: number;
  value: number;
  comparator: '=' | '>' | '>=';
  kind: 'baseline' | 'target';
  unit: string;
  position: number;
}
export interface AreasTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'zone' | 'town';
  parent_code: string | null;
  /** Ancestor codes from the root, e.g. {211100,211104}: subtree checks without recursion. */
  path: string[];
}
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: 'office' | 'liaison' | 'district' | 'viewer';
  unit_id: number | null;
  area_code: string | null;
  created_at: Timestamp;
}
export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_username: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Json;
  after: Json;
}

/** Indicators (issue 5): the yearly form as data, reports, values, populations, targets, KPI values, schools. */
type Stamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export interface IndBreakdownsTable {
  code: string;
  zh: string;
  en: string;
  options: Json;
}
export interface IndFormsTable {
  year: number;
  title: string;
  opens_on: string;
  due_on: string;
  created_at: Timestamp;
}
export interface IndItemsTable {
  year: number;
  code: string;
  group_code: string;
  zh: string;
  en: string;
  value_type: string;
  aggregation: string;
  unit: WithDefault<string>;
  breakdown_code: string | null;
  parent_code: string | null;
  position: number;
  retired: WithDefault<boolean>;
}
export interface IndRulesTable {
  year: number;
  code: string;
  left_expr: string;
  op: string;
  right_expr: string;
  severity: string;
  zh: string;
  en: string;
  position: number;
  retired: WithDefault<boolean>;
}
export interface IndComputedTable {
  year: number;
  code: string;
  zh: string;
  en: string;
  numerator: string;
  denominator: string;
  factor: number;
  unit: string;
  retired: Generated<boolean>;
}
export interface IndUnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  dept_type: string;
  area_code: string;
  org_unit_id: number | null;
  active: Generated<boolean>;
}
export interface IndReportsTable {
  year: number;
  unit_id: number;
  state: string;
  opens_on: string;
  due_on: string;
  explanations: ColumnType<unknown, string | undefined, string>;
  first_submitted_at: Stamp;
  submitted_at: Stamp;
  locked_by: string | null;
  locked_at: Stamp;
  lock_reason: string | null;
  return_reason: string | null;
  updated_at: Timestamp;
}
export interface IndReportEventsTable {
  id: Generated<number>;
  year: number;
  unit_id: number;
  at: Timestamp;
  actor_username: string;
  action: string;
  from_state: string;
  to_state: string;
  comment: WithDefault<string>;
}
export interface IndValuesTable {
  year: number;
  unit_id: number;
  item_code: string;
  option_code: WithDefault<string>;
  value: number | null;
  text_value: string | null;
  updated_at: Timestamp;
  updated_by: string;
}
/** Maintained by triggers (migration 20261205100000-ind-rollup): years [from_year, to_year) by kind 'y' or 'l'. */
export interface IndRollupTable {
  kind: 'y' | 'l';
  item_code: string;
  option_code: string;
  area_code: string;
  dept_type: string;
  from_year: number;
  to_year: number;
  total: string;
  n: number;
}
export interface IndRollupUnitsTable {
  kind: 'y' | 'l';
  item_code: string;
  area_code: string;
  dept_type: string;
  from_year: number;
  to_year: number;
  n: number;
}
export interface IndPopulationsTable {
  area_code: string;
  year: number;
  population: number;
  source: string;
}
export interface IndTargetsTable {
  code: string;
  zh: string;
  en: string;
  unit: string;
  direction: string;
  natural_limit: number | null;
  baseline_year: number | null;
  baseline_value: number | null;
  history: Json;
  targets: Json;
  source: string;
}
export interface IndStatusOverridesTable {
  code: string;
  target_year: number;
  status: string;
  reason: string;
  set_by: string;
  set_at: Timestamp;
}
export interface IndKpiValuesTable {
  id: Generated<number>;
  code: string;
  year: number;
  area_code: string;
  option_code: WithDefault<string>;
  value: number;
  source_kind: 'survey' | 'published';
  se: number | null;
  ci_low: number | null;
  ci_high: number | null;
  instrument: string | null;
  citation: string | null;
  entered_by: string;
  entered_at: Timestamp;
}
export interface IndSchoolsTable {
  id: Generated<number>;
  name: string;
  area_code: string;
  level: string;
  urban_rural: string;
  counsellors: WithDefault<number>;
  updated_at: Timestamp;
}

/** Accountability (issue 4): dates are ISO `YYYY-MM-DD` text, compared as strings. */
export interface AccUnitAreasTable {
  unit_id: number;
  area_code: string;
}
export interface AccWorkItemsTable {
  id: Generated<number>;
  plan_id: number;
  year: number;
  task_number: number;
  title: string;
  owner_unit_ids: number[];
  deliverable: WithDefault<string>;
  due_on: string;
  target_value: number | null;
  target_unit: string | null;
  weight: WithDefault<number>;
  copied_from: number | null;
  created_at: Timestamp;
}
export interface AccRoundsTable {
  id: Generated<number>;
  plan_id: number;
  year: number;
  period: 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'Y';
  title: string;
  opens_on: string;
  due_on: string;
  closes_on: string;
  created_at: Timestamp;
}
export interface AccRoundExtensionsTable {
  round_id: number;
  unit_id: number;
  closes_on: string;
  reason: string;
}
export interface AccReportsTable {
  id: Generated<number>;
  round_id: number;
  task_number: number;
  unit_id: number;
  state: 'draft' | 'submitted' | 'returned' | 'accepted';
  status: string;
  previous_status: string | null;
  progress: number;
  done_text: string;
  measures: string;
  problems: string;
  next_steps: string;
  items: Json;
  first_submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  accepted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  returned_count: WithDefault<number>;
  updated_at: Timestamp;
}
export interface AccReportEventsTable {
  id: Generated<number>;
  report_id: number;
  at: Timestamp;
  actor_username: string;
  action: string;
  from_state: string | null;
  to_state: string;
  status: string | null;
  comment: WithDefault<string>;
}
export interface AccFilesTable {
  id: Generated<number>;
  report_id: number | null;
  file_name: string;
  content_type: string;
  size: number;
  data: Uint8Array;
  uploaded_by: string;
  uploaded_at: Timestamp;
}
export interface AccWeightsTable {
  plan_id: number;
  level: 'task' | 'group';
  ref: number;
  weight: number;
}
export interface AccInspectionsTable {
  id: Generated<number>;
  plan_id: number;
  held_on: string;
  title: string;
  method: string;
  unit_ids: number[];
  task_numbers: number[];
  summary: WithDefault<string>;
  created_at: Timestamp;
}
export interface AccRectificationsTable {
  id: Generated<number>;
  inspection_id: number;
  finding: string;
  owner_unit_id: number;
  deadline: string;
  state: 'open' | 'responded' | 'closed';
  response: WithDefault<string>;
  responded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  note: WithDefault<string>;
  reopen_count: WithDefault<number>;
}
export interface AccNotificationsTable {
  id: Generated<number>;
  unit_id: number;
  kind: string;
  dedupe_key: string;
  params: Json;
  link: string;
  created_at: Timestamp;
}
export interface AccNotificationReadsTable {
  notification_id: number;
  user_id: number;
  read_at: Timestamp;
}
export interface AccEmailOutboxTable {
  id: Generated<number>;
  notification_id: number;
  to_address: string;
  subject: string;
  body: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: WithDefault<number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface AccUnitEmailsTable {
  unit_id: number;
  email: string;
  /** when the unit first had an address: only notifications from then on are mailed */
  since: Generated<Date>;
}

export interface Database {
  plans: PlansTable;
  plan_sections: PlanSectionsTable;
  org_units: OrgUnitsTable;
  plan_groups: PlanGroupsTable;
  plan_group_leads: PlanGroupLeadsTable;
  plan_tasks: PlanTasksTable;
  plan_task_units: PlanTaskUnitsTable;
  plan_targets: PlanTargetsTable;
  areas: AreasTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  acc_unit_areas: AccUnitAreasTable;
  acc_work_items: AccWorkItemsTable;
  acc_rounds: AccRoundsTable;
  acc_round_extensions: AccRoundExtensionsTable;
  acc_reports: AccReportsTable;
  acc_report_events: AccReportEventsTable;
  acc_files: AccFilesTable;
  acc_weights: AccWeightsTable;
  acc_inspections: AccInspectionsTable;
  acc_rectifications: AccRectificationsTable;
  acc_notifications: AccNotificationsTable;
  acc_notification_reads: AccNotificationReadsTable;
  acc_email_outbox: AccEmailOutboxTable;
  acc_unit_emails: AccUnitEmailsTable;
  ind_breakdowns: IndBreakdownsTable;
  ind_forms: IndFormsTable;
  ind_items: IndItemsTable;
  ind_rules: IndRulesTable;
  ind_computed: IndComputedTable;
  ind_units: IndUnitsTable;
  ind_reports: IndReportsTable;
  ind_report_events: IndReportEventsTable;
  ind_values: IndValuesTable;
  ind_rollup: IndRollupTable;
  ind_rollup_units: IndRollupUnitsTable;
  ind_populations: IndPopulationsTable;
  ind_targets: IndTargetsTable;
  ind_status_overrides: IndStatusOverridesTable;
  ind_kpi_values: IndKpiValuesTable;
  ind_schools: IndSchoolsTable;
}
