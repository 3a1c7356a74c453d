// Shapes of the accountability API's JSON (docs/accountability.md): the domain's records and views from
// @kepu/domain (types only), plus what the server's routes add to them; WEB-TYPES-LEFT.md lists the copies left.
import type { Abilities, UnitRef } from '@kepu/domain';
import type {
  AccExtension,
  AccFileInfo,
  AccInspection,
  AccNotification,
  AccRectification,
  AccReport,
  AccReportEvent,
  AccReportState,
  AccRound,
  AccWorkItem,
  CellState,
  MyWork as DomainMyWork,
  ReportItem,
  ReportStatus,
  RollUp,
  RoundKind,
  RoundPeriod,
  SupervisionBoard,
  UnitScorecard,
} from '@kepu/domain/accountability';

export type { CellState, ReportItem, ReportStatus, RollUp };
export type ReportState = AccReportState;
export type Period = RoundPeriod;
export type Report = AccReport;
export type ReportEvent = AccReportEvent;
export type EvidenceFile = AccFileInfo;
export type Notification = AccNotification;
export type Scorecard = UnitScorecard;
/** One child of a rolled-up figure: its weight, share of the parent and own progress (server: board-figures.ts). */
export interface WeightPart {
  id: number;
  title: string;
  weight: number;
  share: number;
  progress: number | null;
}
export type AccAbilities = Pick<Abilities, 'acc.manage' | 'acc.board.read' | 'acc.file'>;

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

/** A round as GET /acc/rounds sends it: with its kind and where today falls in its window. */
export interface Round extends AccRound {
  kind: RoundKind;
  phase: 'upcoming' | 'open' | 'closed';
}
/** GET /acc/rounds/:id: the round with its extensions (no phase). */
export interface RoundDetail extends AccRound {
  kind: RoundKind;
  extensions: (AccExtension & { unitName: string })[];
}
export interface WorkItem extends AccWorkItem {
  owners: UnitRef[];
}
export interface ReportCell {
  report: Report | null;
  history: ReportEvent[];
  files: EvidenceFile[];
  round: AccRound & { closesOnForUnit: string; windowOpen: boolean };
  task: {
    number: number;
    title: string;
    group: { id: number; kind: string; number: number; title: string } | null;
  };
  unit: UnitRef;
  workItems: WorkItem[];
  can: { edit: boolean; review: boolean; reopen: boolean };
  maxFileBytes: number;
}
/** GET /acc/board: the domain's board with the roll-up figures and weights the server adds (board-figures.ts). */
export interface Board extends Omit<SupervisionBoard, 'tasks'> {
  tasks: (SupervisionBoard['tasks'][number] & {
    progress: number | null;
    weight: number;
    items: WeightPart[];
  })[];
  planProgress: number | null;
  planWeights: WeightPart[];
  today: string;
}
export interface Rectification extends AccRectification {
  ownerName?: string;
  overdue: boolean;
  daysLeft: number;
}
export interface Inspection extends AccInspection {
  units: UnitRef[];
  rectifications: Rectification[];
}
export type MyWork = DomainMyWork & { unitName: string | null };
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
    reports: (Pick<
      Report,
      | 'id'
      | 'state'
      | 'status'
      | 'previousStatus'
      | 'progress'
      | 'done'
      | 'measures'
      | 'problems'
      | 'nextSteps'
      | 'items'
    > & { roundTitle: string; unitName: string })[];
  }[];
}
