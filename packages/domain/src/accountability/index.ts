// Accountability (督促检查): work items, rounds, progress reports and review, board, roll-up, scorecards, rectification.
export type { AccContext, AccStore, NewReport } from './acc.ports.ts';
export {
  copyForwardSchema,
  extensionInputSchema,
  inspectionInputSchema,
  rectificationCloseSchema,
  rectificationReopenSchema,
  rectificationResponseSchema,
  reopenSchema,
  reportContentSchema,
  reportCreateSchema,
  returnSchema,
  reviewSchema,
  roundInputSchema,
  weightsSchema,
  workItemInputSchema,
  workItemPatchSchema,
} from './acc.schemas.ts';
export type {
  ExtensionInput,
  InspectionInput,
  ReportContent,
  ReportCreateInput,
  RoundInput,
  WeightsInput,
  WorkItemInput,
  WorkItemPatch,
} from './acc.schemas.ts';
export {
  canFile as accCanFile,
  canReadReport,
  canReview as accCanReview,
  fieldError,
  isLeadOf,
  leadUnitsOf,
  taskOf,
  unitsOwing,
} from './acc.scope.ts';
export {
  cellStates,
  reportStates as accReportStates,
  reportStatuses,
  roundKind,
  roundPeriods,
} from './acc.types.ts';
export type {
  AccExtension,
  AccFileInfo,
  AccInspection,
  AccNotification,
  AccNotificationInput,
  AccRectification,
  AccReport,
  AccReportEvent,
  AccRound,
  AccSnapshot,
  AccWeight,
  AccWorkItem,
  CellState,
  NotificationKind,
  RectificationState,
  ReportItem,
  ReportState as AccReportState,
  ReportStatus,
  RoundKind,
  RoundPeriod,
} from './acc.types.ts';
export { supervisionBoard } from './board.view.ts';
export type { BoardFilter, SupervisionBoard } from './board.view.ts';
export { cellState, inArea, roundCells, timeliness } from './cells.ts';
export { addDays, addYears, daysBetween, isoDateSchema, localDate } from './dates.ts';
export { checkEvidence, evidenceExtensions, MAX_EVIDENCE_BYTES, sanitizeFileName } from './evidence.ts';
export { myWork } from './my-work.view.ts';
export type { MyWork } from './my-work.view.ts';
export { calendarNotifications, remindOutstanding } from './notifications.ts';
export {
  closeRectification,
  recordInspection,
  reopenRectification,
  respondRectification,
} from './rectifications.use-cases.ts';
export {
  acceptReport,
  attachEvidence,
  reopenReport,
  returnReport,
  saveReport,
  submitReport,
  updateReport,
} from './reports.use-cases.ts';
export { rollUp } from './rollup.view.ts';
export type { RollUp } from './rollup.view.ts';
export {
  assertWindowOpen,
  closingDateFor,
  createRound,
  defaultRoundTitle,
  extendRound,
} from './rounds.use-cases.ts';
export { unitScorecards } from './scorecards.view.ts';
export type { UnitScorecard } from './scorecards.view.ts';
export { copyWorkItemsForward, createWorkItem, setWeights, updateWorkItem } from './work-items.use-cases.ts';
export {
  createLocalUnit,
  localUnitSchema,
  setUnitAreaLink,
  unitAreaSchema,
} from './unit-areas.use-cases.ts';
export type { AreaRow, LocalUnitInput, UnitArea, UnitAreaContext, UnitAreaStore } from './unit-areas.use-cases.ts';
