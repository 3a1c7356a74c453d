// The database as the code sees it: every table, by name; the table types are in schema/, one file per capability.
import type {
  AccEmailOutboxTable,
  AccFilesTable,
  AccInspectionsTable,
  AccNotificationReadsTable,
  AccNotificationsTable,
  AccRectificationEventsTable,
  AccRectificationsTable,
  AccReportEventsTable,
  AccReportsTable,
  AccRoundExtensionsTable,
  AccRoundsTable,
  AccUnitAreasTable,
  AccUnitEmailsTable,
  AccWeightsTable,
  AccWorkItemsTable,
} from './schema/accountability.ts';
import type {
  AreasTable,
  AuditLogTable,
  OrgUnitsTable,
  PlanGroupLeadsTable,
  PlanGroupsTable,
  PlanSectionsTable,
  PlansTable,
  PlanTargetsTable,
  PlanTasksTable,
  PlanTaskUnitsTable,
  SessionsTable,
  UsersTable,
} from './schema/core.ts';
import type {
  IndBreakdownsTable,
  IndComputedTable,
  IndFormsTable,
  IndItemsTable,
  IndKpiValuesTable,
  IndPopulationsTable,
  IndReportEventsTable,
  IndReportsTable,
  IndRollupTable,
  IndRollupUnitsTable,
  IndRulesTable,
  IndSchoolsTable,
  IndStatusOverridesTable,
  IndTargetsTable,
  IndUnitsTable,
  IndValuesTable,
} from './schema/indicators.ts';
import type { PubReleasesTable } from './schema/publication.ts';
import type {
  SurveyAssignmentsTable,
  SurveyInstrumentsTable,
  SurveyResponsesTable,
  SurveysTable,
  SurveyTokensTable,
} from './schema/survey.ts';

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
  acc_rectification_events: AccRectificationEventsTable;
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
  survey_instruments: SurveyInstrumentsTable;
  surveys: SurveysTable;
  survey_assignments: SurveyAssignmentsTable;
  survey_tokens: SurveyTokensTable;
  survey_responses: SurveyResponsesTable;
  pub_releases: PubReleasesTable;
}
