// @kepu/db: schema types, migrations and repositories over PGlite or PostgreSQL.

export { checkCredentials, hashPassword } from './auth/passwords.ts';
export type { ConnectOptions, DatabaseHandle, Engine, MigrationReport } from './connection.ts';
export { connect, migrateToLatest, migrationStatus } from './connection.ts';
export { DataDirInUseError } from './data-dir-lock.ts';
export { DatabaseFaultError, isDatabaseFault } from './database-faults.ts';
export {
  accStore,
  enqueueEmails,
  findEvidenceFile,
  findOutbox,
  findReportDetail,
  findUnitArea,
  listExtensions,
  listInspections,
  listJurisdictionUnits,
  listNotifications,
  listOutbox,
  listRounds,
  listUnitAreas,
  loadAccSnapshot,
  markNotificationsRead,
  markOutbox,
  type OutboxState,
  outboxPage,
  requeueOutbox,
  setUnitArea,
  unitAreaStore,
} from './repositories/accountability/index.ts';
export type { AreaInput } from './repositories/area.repository.ts';
export { findArea, insertAreas, listAreas } from './repositories/area.repository.ts';
export type { AuditEntry, AuditQuery } from './repositories/audit.repository.ts';
export { listAudit, writeAudit, writeAuditEntries } from './repositories/audit.repository.ts';
export { markDemoRecords } from './repositories/demo.repository.ts';
export type {
  AggregateQuery,
  AggregateRow,
  FigureStage,
  PivotDim,
} from './repositories/indicators/analysis.repository.ts';
export {
  aggregate,
  completeness,
  latestPopulations,
  listPopulations,
  populationsFor,
  upsertPopulation,
} from './repositories/indicators/analysis.repository.ts';
export {
  listOrgUnitNames,
  replaceComputed,
  replaceRules,
  updateSchoolRow,
} from './repositories/indicators/exchange.repository.ts';
export { indStore } from './repositories/indicators/ind.store.ts';
// indicators (issue 5)
export {
  findFormMeta,
  insertComputed,
  insertItem,
  insertRule,
  installForm,
  listFormYears,
  loadForm,
  reorderItems,
  updateComputed,
  updateItem,
  updateRule,
} from './repositories/indicators/registry.repository.ts';
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
  updateReport,
} from './repositories/indicators/reports.repository.ts';
export { rebuildRollups as rebuildIndRollups } from './repositories/indicators/rollup.repository.ts';
export type { KpiValueInput } from './repositories/indicators/targets.repository.ts';
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
export {
  countUnitReports,
  deleteIndUnit,
  setReportWindow,
  updateIndUnit,
} from './repositories/indicators/units.repository.ts';
export { importValues, saveValues, type UnitValueCell } from './repositories/indicators/values.repository.ts';
export {
  type AreaImportNode,
  type AreaImportResult,
  importAreaNodes,
} from './repositories/jurisdictions/area-import.ts';
export { jurStore, listJurisdictions, setPlanImplements } from './repositories/jurisdictions/jur.store.ts';
export { insertOutline, listPlans, loadPlanBundle } from './repositories/plan.repository.ts';
export type { UnitPatch } from './repositories/unit.repository.ts';
export { findUnit, updateUnit } from './repositories/unit.repository.ts';
export type { NewUser } from './repositories/user.repository.ts';
export {
  deleteSession,
  deleteUserSessions,
  findSessionUser,
  findUserById,
  findUserByUsername,
  insertSession,
  insertUser,
  listUsers,
  purgeExpiredSessions,
  updateUserRow,
} from './repositories/user.repository.ts';
export type { Database } from './schema.ts';
export type { Stores } from './stores.ts';
export {
  auditSink,
  type ContextOptions,
  inUseCase,
  type KepuContext,
  storesFor,
  useCaseContext,
  userRecord,
} from './stores.ts';
export {
  databaseUrl,
  openTestDatabases,
  SNAPSHOTS_ENV,
  snapshots as testSnapshots,
  type TestSnapshots,
  type TestStart,
} from './testing.ts';
// end indicators
