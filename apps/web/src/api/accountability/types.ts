// Shapes of the accountability API's JSON (docs/accountability.md), all from @kepu/domain/accountability as types
// only (a value import would bundle domain code), under the names the web app uses.
import type { Abilities } from '@kepu/domain';
import type {
  AccFileInfo,
  AccNotification,
  AccNotificationList,
  AccReport,
  AccReportEvent,
  AccReportState,
  AccRound,
  AccWorkItem,
  BoardWithFigures,
  CellState,
  CopyForwardResult,
  FigureBasis,
  InspectionView,
  LocalUnitView,
  MyWorkView,
  RectificationView,
  ReminderResult,
  ReportCellView,
  ReportContent,
  ReportItem,
  ReportStatus,
  RollUp,
  RoundDetailView,
  RoundPeriod,
  RoundView,
  UnitScorecard,
  WorkItemView,
  YearSummary,
} from '@kepu/domain/accountability';

export type {
  AccNotificationList,
  AccRound,
  AccWorkItem,
  CellState,
  CopyForwardResult,
  FigureBasis,
  LocalUnitView,
  ReminderResult,
  ReportContent,
  ReportItem,
  ReportStatus,
  RollUp,
  YearSummary,
};
export type ReportState = AccReportState;
export type Period = RoundPeriod;
export type Report = AccReport;
export type ReportEvent = AccReportEvent;
export type EvidenceFile = AccFileInfo;
export type Notification = AccNotification;
export type Scorecard = UnitScorecard;
/** GET /acc/rounds: a round with its kind and where today falls in its window. */
export type Round = RoundView;
/** GET /acc/rounds/:id: the round with the units' extensions. */
export type RoundDetail = RoundDetailView;
/** GET /acc/work-items: a work item with its owners' names. */
export type WorkItem = WorkItemView;
/** GET /acc/cells, GET /acc/reports/:id: a report (or the empty cell) with its round, task and the reader's abilities. */
export type ReportCell = ReportCellView;
/** GET /acc/board: the board with its rolled-up figures and their weights. */
export type Board = BoardWithFigures;
export type Inspection = InspectionView;
export type Rectification = RectificationView;
/** GET /acc/my: a liaison's home (what its unit owes, reports to review, rectifications) with its unit's name. */
export type MyWork = MyWorkView;
export type AccAbilities = Pick<Abilities, 'acc.manage' | 'acc.board.read' | 'acc.my' | 'acc.file'>;

// the domain's lists as values would pull its code into the bundle; these are checked against its types
export const reportStatuses: readonly ReportStatus[] = [
  'not_started',
  'on_track',
  'at_risk',
  'delayed',
  'done',
];
export const cellStates: readonly CellState[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'accepted',
  'overdue',
];
