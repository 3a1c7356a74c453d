// Shapes of the accountability API's JSON (docs/accountability.md).
export type CellState = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted' | 'overdue';
export type ReportState = 'draft' | 'submitted' | 'returned' | 'accepted';
export type ReportStatus = 'not_started' | 'on_track' | 'at_risk' | 'delayed' | 'done';
export const reportStatuses: ReportStatus[] = ['not_started', 'on_track', 'at_risk', 'delayed', 'done'];
export const cellStates: CellState[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'accepted',
  'overdue',
];
export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'Y';

export interface Round {
  id: number;
  year: number;
  period: Period;
  title: string;
  opensOn: string;
  dueOn: string;
  closesOn: string;
  kind: 'quarterly' | 'half-yearly' | 'yearly';
  phase: 'upcoming' | 'open' | 'closed';
}
export interface RoundDetail extends Round {
  extensions: { unitId: number; unitName: string; closesOn: string; reason: string }[];
}
export interface WorkItem {
  id: number;
  year: number;
  taskNumber: number;
  title: string;
  ownerUnitIds: number[];
  owners: { id: number; name: string }[];
  deliverable: string;
  dueOn: string;
  targetValue: number | null;
  targetUnit: string | null;
  weight: number;
  copiedFrom: number | null;
}
export interface ReportItem {
  workItemId: number;
  progress: number;
  value: number | null;
}
export interface Report {
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
  returnedCount: number;
}
export interface ReportEvent {
  id: number;
  at: string;
  actor: string;
  action: 'save' | 'submit' | 'return' | 'accept' | 'reopen';
  fromState: ReportState | null;
  toState: ReportState;
  status: ReportStatus | null;
  comment: string;
}
export interface EvidenceFile {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}
export interface ReportCell {
  report: Report | null;
  history: ReportEvent[];
  files: EvidenceFile[];
  round: Round & { closesOnForUnit: string; windowOpen: boolean };
  task: {
    number: number;
    title: string;
    group: { id: number; kind: string; number: number; title: string } | null;
  };
  unit: { id: number; name: string };
  workItems: WorkItem[];
  can: { edit: boolean; review: boolean; reopen: boolean };
  maxFileBytes: number;
}
export interface BoardCell {
  taskNumber: number;
  unitId: number;
  state: CellState;
  status: ReportStatus | null;
  previousStatus: ReportStatus | null;
  progress: number | null;
  reportId: number | null;
}
export interface OverdueRectification {
  id: number;
  finding: string;
  ownerUnitId: number;
  ownerName: string;
  deadline: string;
  inspection: { id: number; title: string; heldOn: string };
}
export interface Board {
  round: Round;
  tasks: {
    number: number;
    title: string;
    groupId: number | null;
    progress: number | null;
    weight: number;
    items: WeightPart[];
  }[];
  units: { id: number; name: string }[];
  cells: BoardCell[];
  counts: Record<CellState, number>;
  timeliness: { onTime: number; late: number; missing: number; pending: number };
  overdueRectifications: OverdueRectification[];
  planProgress: number | null;
  planWeights: WeightPart[];
  today: string;
}
/** One child of a rolled-up figure: its weight, share of the parent and own progress. */
export interface WeightPart {
  id: number;
  title: string;
  weight: number;
  share: number;
  progress: number | null;
}
export interface RollUpTask {
  number: number;
  title: string;
  weight: number;
  share: number;
  progress: number | null;
  reports: number;
  items: WeightPart[];
}
export interface RollUp {
  round: Round;
  progress: number | null;
  groups: {
    id: number;
    kind: string;
    number: number;
    title: string;
    weight: number;
    share: number;
    progress: number | null;
    tasks: RollUpTask[];
  }[];
}
export interface Scorecard {
  unitId: number;
  unitName: string;
  owed: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  returned: number;
  timelinessRate: number | null;
  rectificationsOpen: number;
  rectificationsOverdue: number;
  meanProgress: number | null;
  progressWeights: { taskNumber: number; weight: number; progress: number }[];
}
export interface Rectification {
  id: number;
  inspectionId: number;
  finding: string;
  ownerUnitId: number;
  ownerName?: string;
  deadline: string;
  state: 'open' | 'responded' | 'closed';
  response: string;
  note: string;
  reopenCount: number;
  overdue: boolean;
  daysLeft: number;
}
export interface Inspection {
  id: number;
  heldOn: string;
  title: string;
  method: string;
  summary: string;
  units: { id: number; name: string }[];
  rectifications: Rectification[];
}
export interface MyWork {
  unitId: number | null;
  unitName: string | null;
  today: string;
  reports: {
    roundId: number;
    roundTitle: string;
    taskNumber: number;
    taskTitle: string;
    state: CellState;
    reportId: number | null;
    owed: boolean;
    dueOn: string;
    closesOn: string;
    daysLeft: number;
  }[];
  toReview: {
    reportId: number;
    roundTitle: string;
    taskNumber: number;
    taskTitle: string;
    unitId: number;
    unitName: string;
    submittedAt: string | null;
  }[];
  rectifications: (Rectification & { inspection: { title: string } })[];
}
export interface Notification {
  id: number;
  kind: string;
  params: Record<string, string | number>;
  link: string;
  createdAt: string;
  readAt: string | null;
}
export interface YearSummary {
  year: number;
  plan: { id: number; title: string };
  rounds: Round[];
  progress: number | null;
  groups: {
    id: number;
    kind: string;
    number: number;
    title: string;
    weight: number;
    share: number;
    progress: number | null;
  }[];
  tasks: {
    number: number;
    title: string;
    groupId: number | null;
    progress: number | null;
    weight: number;
    share: number;
    workItems: (WorkItem & { share: number; progress: number | null })[];
    reports: {
      id: number;
      roundTitle: string;
      unitName: string;
      state: ReportState;
      status: ReportStatus;
      previousStatus: ReportStatus | null;
      progress: number;
      done: string;
      measures: string;
      problems: string;
      nextSteps: string;
      items: ReportItem[];
    }[];
  }[];
}
export interface AccAbilities {
  'acc.manage'?: boolean;
  'acc.board.read'?: boolean;
  'acc.file'?: number[] | 'all';
}
