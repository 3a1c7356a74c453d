// Accountability (督促检查): work items, rounds, progress reports and review, board, roll-up, scorecards, rectification.
export { authorizeAcc, visibleUnitsFor } from './acc.policy.ts';
export type {
  AccContext,
  AccOutboxStore,
  AccReadStore,
  AccStore,
  AreaRow,
  NewReport,
  UnitArea,
  UnitAreaStore,
} from './acc.ports.ts';
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
export type { StateConflict } from './acc.scope.ts';
export { leadUnitsOf, taskOf, unitsOwing } from './acc.scope.ts';
export type {
  AccEvidenceFile,
  AccExtension,
  AccFileInfo,
  AccInspection,
  AccInspectionWithItems,
  AccNotification,
  AccNotificationInput,
  AccNotificationList,
  AccOutboxRow,
  AccPreviousReport,
  AccRectification,
  AccRectificationEvent,
  AccReport,
  AccReportDetail,
  AccReportEvent,
  AccRound,
  AccSnapshot,
  AccWeight,
  AccWorkItem,
  CellState,
  NotificationKind,
  OutboxState,
  RectificationState,
  ReportItem,
  ReportState as AccReportState,
  ReportStatus,
  RoundKind,
  RoundPeriod,
} from './acc.types.ts';
export {
  cellStates,
  outboxStates,
  reportStates as accReportStates,
  reportStatuses,
  roundKind,
  roundPeriods,
} from './acc.types.ts';
export type { BoardQuery } from './board.reads.ts';
export { boardView, rollUpView, scorecardsView, summaryView } from './board.reads.ts';
export type { BoardFilter, SupervisionBoard } from './board.view.ts';
export { supervisionBoard } from './board.view.ts';
export type { BoardWithFigures } from './board-figures.view.ts';
export { boardWithFigures } from './board-figures.view.ts';
export type { ReportCellView } from './cell.view.ts';
export { evidenceDownload, reportCellView, reportView } from './cell.view.ts';
export { cellState, countsInProgress, roundCells, timeliness } from './cells.ts';
export { addDays, addYears, daysBetween, isoDateSchema, localDate } from './dates.ts';
export {
  checkEvidence,
  evidenceExtensions,
  fileTooLarge,
  MAX_EVIDENCE_BYTES,
  sanitizeFileName,
} from './evidence.ts';
export type { FigureBasis } from './figures.ts';
export { figureRound, progressFigure, visiblePlan, visibleSnapshot } from './figures.ts';
export type { InspectionView, RectificationView } from './inspections.view.ts';
export { inspectionsView } from './inspections.view.ts';
export type { MyWork, MyWorkView } from './my-work.view.ts';
export { myWork, myWorkView } from './my-work.view.ts';
export type { NotificationsRead, ReminderResult } from './notifications.ts';
export {
  calendarNotifications,
  markNotificationsRead,
  myNotifications,
  remindOutstanding,
  remindRound,
  syncCalendarNotifications,
} from './notifications.ts';
export type { AccMailStatus, OutboxItem, OutboxView } from './outbox.use-cases.ts';
export { outboxItem, outboxView, presentOutboxRow, requeueMail } from './outbox.use-cases.ts';
export type { RecordedInspection } from './rectifications.use-cases.ts';
export {
  closeRectification,
  recordInspection,
  reopenRectification,
  respondRectification,
} from './rectifications.use-cases.ts';
export type { CellAbilities, RoundPhase } from './report.policy.ts';
export { cellAbilities, closingDate, isEditable, roundPhase } from './report.policy.ts';
export {
  acceptReport,
  attachEvidence,
  deleteEvidence,
  reopenReport,
  returnReport,
  saveReport,
  submitReport,
  updateReport,
} from './reports.use-cases.ts';
export type { RollUp } from './rollup.view.ts';
export { rollUp } from './rollup.view.ts';
export type { RoundDetailView, RoundView } from './rounds.use-cases.ts';
export {
  assertWindowOpen,
  closingDateFor,
  createRound,
  defaultRoundTitle,
  extendRound,
  roundDetailView,
  roundsView,
} from './rounds.use-cases.ts';
export type { UnitScorecard } from './scorecards.view.ts';
export { unitScorecards } from './scorecards.view.ts';
export type { YearSummary } from './summary.view.ts';
export { yearSummary } from './summary.view.ts';
export type { LocalUnitInput, LocalUnitView, UnitAreaLink } from './unit-areas.use-cases.ts';
export {
  createLocalUnit,
  localUnitSchema,
  setUnitAreaLink,
  unitAreaSchema,
  withLocalUnits,
} from './unit-areas.use-cases.ts';
export type { CopyForwardResult, WorkItemView } from './work-items.use-cases.ts';
export {
  copyForwardView,
  copyWorkItemsForward,
  createWorkItem,
  listWeights,
  setWeights,
  updateWorkItem,
  workItemsView,
} from './work-items.use-cases.ts';
