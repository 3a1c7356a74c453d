// @kepu/db: schema types, migrations and repositories over PGlite or PostgreSQL.
export { connect, migrateToLatest, migrationStatus } from './connection.ts';
export { rebuildRollups as rebuildIndRollups } from './migrations/20261205100000-ind-rollup.ts';
export type { ConnectOptions, DatabaseHandle, Engine, MigrationReport } from './connection.ts';
export type { Database } from './schema.ts';
export { insertOutline, listPlans, loadPlanBundle, resolvePlanId } from './repositories/plan.repository.ts';
export { findUnit, updateUnit } from './repositories/unit.repository.ts';
export type { UnitPatch } from './repositories/unit.repository.ts';
export { findArea, insertAreas, listAreas } from './repositories/area.repository.ts';
export type { AreaInput } from './repositories/area.repository.ts';
export {
  deleteSession,
  findSessionUser,
  findUserByUsername,
  insertSession,
  insertUser,
  listUsers,
  purgeExpiredSessions,
} from './repositories/user.repository.ts';
export type { NewUser } from './repositories/user.repository.ts';
export { listAudit, writeAudit } from './repositories/audit.repository.ts';
export type { AuditEntry, AuditQuery } from './repositories/audit.repository.ts';
export { openTestDatabases } from './testing.ts';
export { storesFor, userRecord } from './stores.ts';
export type { Stores } from './stores.ts';
export {
  accStore,
  enqueueEmails,
  findEvidenceFile,
  findReportDetail,
  findUnitArea,
  listExtensions,
  listInspections,
  listNotifications,
  listOutbox,
  listRounds,
  loadAccSnapshot,
  markNotificationsRead,
  markOutbox,
  findOutbox,
  type OutboxState,
  outboxPage,
  requeueOutbox,
  setUnitArea,
  listJurisdictionUnits,
  listUnitAreas,
  unitAreaStore,
} from './repositories/accountability/index.ts';
// indicators (issue 5)
export {
  findFormMeta,
  insertItem,
  insertRule,
  installForm,
  listFormYears,
  loadForm,
  reorderItems,
  insertComputed,
  updateComputed,
  updateItem,
  updateRule,
} from './repositories/indicators/registry.repository.ts';
export { countUnitReports, deleteIndUnit, setReportWindow, updateIndUnit } from './repositories/indicators/units.repository.ts';
export type { IndUnitPatch } from './repositories/indicators/units.repository.ts';
export type { FormMeta } from './repositories/indicators/registry.repository.ts';
export {
  assignReports,
  findIndUnit,
  findIndUnitByCode,
  findReport,
  insertIndUnits,
  insertReportEvent,
  listIndUnits,
  listReportEvents,
  listReports,
  listValues,
  saveValues,
  updateReport,
} from './repositories/indicators/reports.repository.ts';
export type { IndReport, IndUnit, ReportPatch } from './repositories/indicators/reports.repository.ts';
export { aggregate, completeness, latestPopulations, listPopulations, pivotDims, populationsFor, upsertPopulation } from './repositories/indicators/analysis.repository.ts';
export type { AggregateQuery, AggregateRow, PivotDim } from './repositories/indicators/analysis.repository.ts';
export {
  counsellorShare,
  deleteKpiValue,
  deleteSchool,
  findKpiValue,
  findSchool,
  insertSchools,
  listKpiValues,
  listSchools,
  listTargets,
  setOverride,
  updateSchoolCounsellors,
  upsertKpiValue,
  upsertTargets,
} from './repositories/indicators/targets.repository.ts';
export type { KpiValueInput } from './repositories/indicators/targets.repository.ts';
export { listOrgUnitNames, replaceComputed, replaceRules, updateItemRow, updateSchoolRow } from './repositories/indicators/exchange.repository.ts';
// end indicators
