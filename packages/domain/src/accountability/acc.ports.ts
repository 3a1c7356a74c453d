// What accountability use-cases and views need from storage; the db package implements it over one handle.
import type { UseCaseContext } from '../kernel/context.ts';
import type { AreaScope } from '../kernel/scope.ts';
import type { PlanBundle } from '../plan-model/plan-bundle.ts';
import type {
  AccEvidenceFile,
  AccExtension,
  AccFileInfo,
  AccInspection,
  AccInspectionWithItems,
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
  OutboxState,
} from './acc.types.ts';

export type NewReport = Omit<AccReport, 'id' | 'updatedAt'>;

export interface AreaRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'zone' | 'town';
  path: string[];
}
export interface UnitArea {
  code: string;
  name: string;
}

/** Unit ↔ area links and the jurisdiction's local units. */
export interface UnitAreaStore {
  findArea(code: string): Promise<AreaRow | undefined>;
  unitArea(unitId: number): Promise<UnitArea | undefined>;
  /** Links the unit to an area, or removes the link (city-level) when `code` is null. */
  setUnitArea(unitId: number, code: string | null): Promise<void>;
  findUnitByName(jurisdictionCode: string, name: string): Promise<{ id: number } | undefined>;
  insertUnit(jurisdictionCode: string, name: string): Promise<{ id: number; name: string }>;
}

/** Reads the views are computed from. */
export interface AccReadStore {
  listRounds(planId: number): Promise<AccRound[]>;
  listExtensions(roundId: number): Promise<AccExtension[]>;
  /** Rounds, reports, work items, weights and rectifications of a plan: every round, one year's, or one round (with
   *  its year's work items). */
  snapshot(planId: number, only?: { year?: number; round?: number }): Promise<AccSnapshot>;
  reportDetail(id: number): Promise<AccReportDetail | undefined>;
  findEvidenceFile(id: number): Promise<AccEvidenceFile | undefined>;
  listInspections(planId: number): Promise<AccInspectionWithItems[]>;
  /** The area a unit is linked to with its ancestors (district scope); undefined for a city-level unit. */
  unitAreaScope(unitId: number): Promise<AreaScope | undefined>;
  /** Every linked unit's area (code and name). */
  listUnitAreas(): Promise<Map<number, UnitArea>>;
  /** Every unit of a jurisdiction, including local units no plan version names. */
  jurisdictionUnits(jurisdictionCode: string): Promise<{ id: number; name: string }[]>;
  /** A unit's notifications with the read state of one user. */
  listNotifications(unitId: number, userId: number, limit?: number): Promise<AccNotificationList>;
  /** Marks the unit's notifications (some, or all) read for one user; returns how many were newly marked. */
  markNotificationsRead(unitId: number, userId: number, ids: number[] | 'all'): Promise<number>;
}

/** The email outbox: copies of notifications, one row per address. */
export interface AccOutboxStore {
  /** Queues notifications not yet queued for units with addresses; returns how many notifications were queued. */
  enqueueEmails(
    render: (n: { kind: string; params: unknown }) => { subject: string; body: string },
  ): Promise<number>;
  listOutbox(state?: OutboxState, limit?: number): Promise<AccOutboxRow[]>;
  /** The newest rows first, with how many there are in each state. */
  outboxPage(
    state?: OutboxState,
    limit?: number,
  ): Promise<{ rows: AccOutboxRow[]; count: Record<OutboxState, number> }>;
  findOutbox(id: number): Promise<AccOutboxRow | undefined>;
  /** Puts a failed row back in the queue; false when it was not failed. */
  requeueOutbox(id: number): Promise<boolean>;
  /** Records a send attempt at `at` (the clock's now). */
  markOutbox(id: number, result: { ok: true } | { ok: false; error: string }, at: Date): Promise<void>;
}

export interface AccStore extends UnitAreaStore, AccReadStore, AccOutboxStore {
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
  /** The unit's last report (not a draft) on the task in an earlier round of the same plan, with its round's title. */
  previousReport(round: AccRound, taskNumber: number, unitId: number): Promise<AccPreviousReport | undefined>;
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
  deleteFile(id: number): Promise<void>;

  insertInspection(i: Omit<AccInspection, 'id'>): Promise<AccInspection>;
  insertRectification(r: Omit<AccRectification, 'id'>): Promise<AccRectification>;
  findRectification(id: number): Promise<AccRectification | undefined>;
  updateRectification(id: number, patch: Partial<Omit<AccRectification, 'id'>>): Promise<AccRectification>;
  /** Adds a step to an item's history (never changes an earlier one). */
  insertRectificationEvent(e: Omit<AccRectificationEvent, 'id' | 'at'>): Promise<AccRectificationEvent>;

  /** Stores a notification unless its dedupe key is already stored; true when it was new. */
  notify(n: AccNotificationInput): Promise<boolean>;
}

/**
 * The context every accountability use-case and view takes: the kernel's actor, clock, audit sink and the AccStore
 * (bound to the request's transaction for mutations), plus the plan version it works on (with the local units).
 */
export type AccContext = UseCaseContext<{ acc: AccStore }> & { plan: PlanBundle };
