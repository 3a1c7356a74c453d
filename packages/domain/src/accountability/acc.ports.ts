// What accountability use-cases need from storage; the db package implements it over one transaction.
import type { Actor } from '../auth/roles.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type { AuditSink } from '../use-cases/ports.ts';
import type {
  AccExtension,
  AccFileInfo,
  AccInspection,
  AccNotificationInput,
  AccRectification,
  AccReport,
  AccReportEvent,
  AccRound,
  AccWeight,
  AccWorkItem,
  ReportStatus,
} from './acc.types.ts';

export type NewReport = Omit<AccReport, 'id' | 'updatedAt'>;

export interface AccStore {
  findRound(id: number): Promise<AccRound | undefined>;
  findRoundByPeriod(planId: number, year: number, period: AccRound['period']): Promise<AccRound | undefined>;
  insertRound(r: Omit<AccRound, 'id'>): Promise<AccRound>;
  findExtension(roundId: number, unitId: number): Promise<AccExtension | undefined>;
  upsertExtension(e: AccExtension): Promise<AccExtension>;

  findWorkItem(id: number): Promise<AccWorkItem | undefined>;
  listWorkItems(planId: number, year: number): Promise<AccWorkItem[]>;
  insertWorkItem(w: Omit<AccWorkItem, 'id'>): Promise<AccWorkItem>;
  updateWorkItem(id: number, patch: Partial<Omit<AccWorkItem, 'id' | 'planId'>>): Promise<AccWorkItem>;
  setWeights(planId: number, weights: AccWeight[]): Promise<void>;
  listWeights(planId: number): Promise<AccWeight[]>;

  findReport(id: number): Promise<AccReport | undefined>;
  findReportCell(roundId: number, taskNumber: number, unitId: number): Promise<AccReport | undefined>;
  /** The status this unit last reported for the task in an earlier round of the same plan. */
  previousStatus(round: AccRound, taskNumber: number, unitId: number): Promise<ReportStatus | null>;
  insertReport(r: NewReport): Promise<AccReport>;
  updateReport(id: number, patch: Partial<NewReport>): Promise<AccReport>;
  insertEvent(e: Omit<AccReportEvent, 'id' | 'at'>): Promise<AccReportEvent>;
  insertFile(f: {
    reportId: number;
    fileName: string;
    contentType: string;
    data: Uint8Array;
    uploadedBy: string;
  }): Promise<AccFileInfo>;
  countFiles(reportId: number): Promise<number>;

  insertInspection(i: Omit<AccInspection, 'id'>): Promise<AccInspection>;
  insertRectification(r: Omit<AccRectification, 'id'>): Promise<AccRectification>;
  findRectification(id: number): Promise<AccRectification | undefined>;
  updateRectification(id: number, patch: Partial<Omit<AccRectification, 'id'>>): Promise<AccRectification>;

  /** Stores a notification unless its dedupe key is already stored; true when it was new. */
  notify(n: AccNotificationInput): Promise<boolean>;
}

/** The small context every accountability use-case takes. */
export interface AccContext {
  actor: Actor | null;
  plan: PlanBundle;
  acc: AccStore;
  audit: AuditSink;
  /** Today's date (UTC+8), injected so tests can move the clock. */
  today: string;
  now: Date;
}
