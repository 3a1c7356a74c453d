// Accountability repositories: the AccStore port, reads for the views, notifications and the email outbox.

export {
  enqueueEmails,
  findOutbox,
  listOutbox,
  markOutbox,
  type OutboxState,
  outboxPage,
  requeueOutbox,
  setUnitEmails,
  unitEmails,
} from './acc.outbox.ts';
export {
  findEvidenceFile,
  findReportDetail,
  findUnitArea,
  listExtensions,
  listInspections,
  listNotifications,
  listRounds,
  loadAccSnapshot,
  markNotificationsRead,
  setUnitArea,
} from './acc.queries.ts';
export { accStore } from './acc.store.ts';
export { listJurisdictionUnits, listUnitAreas, unitAreaStore } from './unit-areas.ts';
