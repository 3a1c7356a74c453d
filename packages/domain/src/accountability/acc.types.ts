// Accountability records as use-cases and views see them (dates are YYYY-MM-DD, instants ISO strings).
export const reportStatuses = ['not_started', 'on_track', 'at_risk', 'delayed', 'done'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStates = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportState = (typeof reportStates)[number];
/** What a board cell shows: the report's state, or not started / overdue when nothing was submitted. */
export const cellStates = ['not_started', 'draft', 'submitted', 'returned', 'accepted', 'overdue'] as const;
export type CellState = (typeof cellStates)[number];
export const roundPeriods = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'Y'] as const;
export type RoundPeriod = (typeof roundPeriods)[number];
export type RoundKind = 'quarterly' | 'half-yearly' | 'yearly';
export const roundKind = (p: RoundPeriod): RoundKind =>
  p.startsWith('Q') ? 'quarterly' : p.startsWith('H') ? 'half-yearly' : 'yearly';

export interface AccRound {
  id: number;
  planId: number;
  year: number;
  period: RoundPeriod;
  title: string;
  opensOn: string;
  dueOn: string;
  closesOn: string;
}
export interface AccExtension {
  roundId: number;
  unitId: number;
  closesOn: string;
  reason: string;
}
export interface AccWorkItem {
  id: number;
  planId: number;
  year: number;
  taskNumber: number;
  title: string;
  ownerUnitIds: number[];
  deliverable: string;
  dueOn: string;
  targetValue: number | null;
  targetUnit: string | null;
  weight: number;
  copiedFrom: number | null;
  /** A report on the task is submitted only with an evidence file attached. */
  evidenceRequired: boolean;
}
export interface ReportItem {
  workItemId: number;
  progress: number;
  value: number | null;
}
export interface AccReport {
  id: number;
  roundId: number;
  taskNumber: number;
  unitId: number;
  state: ReportState;
  status: ReportStatus;
  previousStatus: ReportStatus | null;
  progress: number;
  done: string;
  measures: string;
  problems: string;
  nextSteps: string;
  items: ReportItem[];
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  returnedCount: number;
  updatedAt: string;
  /** Written by the demo seed (set by the database, never by a use-case). */
  demo?: boolean;
}
/** A unit's report on a task in an earlier round: what a new report's form shows as 上次报告. */
export interface AccPreviousReport {
  id: number;
  roundTitle: string;
  state: ReportState;
  status: ReportStatus;
  /** when it was accepted, else when it was last submitted */
  at: string | null;
}
export interface AccReportEvent {
  id: number;
  reportId: number;
  at: string;
  actor: string;
  action: 'save' | 'submit' | 'return' | 'accept' | 'reopen';
  fromState: ReportState | null;
  toState: ReportState;
  status: ReportStatus | null;
  comment: string;
}
export interface AccFileInfo {
  id: number;
  reportId: number | null;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}
export interface AccWeight {
  level: 'task' | 'group';
  ref: number;
  weight: number;
}
export interface AccInspection {
  id: number;
  planId: number;
  heldOn: string;
  title: string;
  method: string;
  unitIds: number[];
  taskNumbers: number[];
  summary: string;
  /** Written by the demo seed (set by the database, never by a use-case). */
  demo?: boolean;
}
export type RectificationState = 'open' | 'responded' | 'closed';
export interface AccRectification {
  id: number;
  inspectionId: number;
  finding: string;
  ownerUnitId: number;
  deadline: string;
  state: RectificationState;
  response: string;
  respondedAt: string | null;
  closedAt: string | null;
  note: string;
  reopenCount: number;
}
/** One step of a rectification item's history (its response, 销号 or reopen), kept when the next one comes. */
export interface AccRectificationEvent {
  id: number;
  rectificationId: number;
  at: string;
  actor: string;
  action: 'respond' | 'close' | 'reopen';
  comment: string;
}
export type NotificationKind =
  | 'round_opened'
  | 'round_due_soon'
  | 'report_returned'
  | 'report_accepted'
  | 'report_reopened'
  | 'rectification_assigned'
  | 'reminder'
  /** an emergency science pack published: pass it on (issue 17) */
  | 'content_emergency';
export interface AccNotificationInput {
  unitId: number;
  kind: NotificationKind;
  /** Makes a notification idempotent: the same key is stored once, so a job can run any number of times. */
  dedupeKey: string;
  params: Record<string, string | number>;
  link: string;
}
export interface AccNotification extends AccNotificationInput {
  id: number;
  createdAt: string;
  readAt: string | null;
}

/** A report with its history and evidence files (without their bytes). */
export interface AccReportDetail {
  report: AccReport;
  history: AccReportEvent[];
  files: AccFileInfo[];
}
/** An evidence file with its bytes, for download. */
export type AccEvidenceFile = AccFileInfo & { data: Uint8Array };
export type AccInspectionWithItems = AccInspection & {
  rectifications: (AccRectification & { history: AccRectificationEvent[] })[];
};
/** A unit's notifications with one user's read state. */
export interface AccNotificationList {
  unread: number;
  items: AccNotification[];
}

export const outboxStates = ['pending', 'sent', 'failed'] as const;
export type OutboxState = (typeof outboxStates)[number];
/** One mail copy of a notification to one address. */
export interface AccOutboxRow {
  id: number;
  notificationId: number;
  to: string;
  subject: string;
  body: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Everything about one plan's year that the board, roll-up, scorecards and home page are computed from. */
export interface AccSnapshot {
  rounds: AccRound[];
  extensions: AccExtension[];
  reports: AccReport[];
  workItems: AccWorkItem[];
  weights: AccWeight[];
  rectifications: (AccRectification & { inspection: { id: number; title: string; heldOn: string } })[];
  unitAreas: Map<number, { code: string; path: string[] }>;
}
