// What the content use-cases need from storage. Reviewers are the experts' (their store); reads reach the participation
// ledger through the services' port; the emergency fan-out notifies units through accountability's notifications.
import type { AccStore } from '../accountability/acc.ports.ts';
import type { ExpStore } from '../experts/exp.ports.ts';
import type { UseCaseContext } from '../kernel/context.ts';
import type { SvcStore } from '../services/svc.ports.ts';
import type { AreaStore } from '../use-cases/ports.ts';
import type { ReviewState, WorkKind, WorkState } from './cnt.codes.ts';
import type {
  EmergencyRecord,
  ReadCount,
  ReviewRecord,
  VersionInput,
  VersionRecord,
  WorkEvent,
  WorkInput,
  WorkMeta,
  WorkRecord,
} from './cnt.records.ts';

export interface WorkQuery {
  states?: readonly WorkState[];
  kind?: WorkKind;
  topic?: string;
  /** only works of these units (a liaison's own) */
  unitIds?: number[];
}

export interface CntStore {
  listWorks(q: WorkQuery): Promise<WorkRecord[]>;
  getWork(id: number): Promise<WorkRecord | undefined>;
  /** The work, its row locked until the transaction ends (two moves of one work take turns). */
  lockWork(id: number): Promise<WorkRecord | undefined>;
  insertWork(w: WorkInput, v: VersionInput, by: string, at: string): Promise<number>;
  updateWorkMeta(id: number, m: WorkMeta, at: string): Promise<void>;
  setWorkState(
    id: number,
    state: WorkState,
    patch: { at: string; publishedVersion?: number | null; withdrawnReason?: string | null },
  ): Promise<void>;

  versions(workId: number): Promise<VersionRecord[]>;
  getVersion(workId: number, n: number): Promise<VersionRecord | undefined>;
  /** A new version (the work's newest); answers its number. */
  insertVersion(workId: number, v: VersionInput, by: string, at: string): Promise<number>;
  updateVersion(workId: number, n: number, v: VersionInput): Promise<void>;
  markSubmitted(workId: number, n: number, at: string): Promise<void>;

  insertEvent(e: Omit<WorkEvent, 'id'>): Promise<void>;
  events(workId: number): Promise<WorkEvent[]>;

  /** A review with a fresh random key (only its hash kept); answers the key once. */
  insertReview(
    r: Omit<ReviewRecord, 'id' | 'state' | 'comments' | 'decidedAt'>,
  ): Promise<{ id: number; token: string }>;
  reviewByToken(token: string): Promise<ReviewRecord | undefined>;
  reviewsOf(q: { workId?: number; expertId?: number }): Promise<ReviewRecord[]>;
  setReview(id: number, state: ReviewState, comments: string, at: string): Promise<void>;

  insertEmergency(
    e: Omit<EmergencyRecord, 'id' | 'endedBy' | 'endedAt' | 'endNote' | 'title'>,
  ): Promise<number>;
  getEmergency(id: number): Promise<EmergencyRecord | undefined>;
  emergencies(q: { active?: boolean; workId?: number }): Promise<EmergencyRecord[]>;
  endEmergency(id: number, by: string, at: string, note: string): Promise<void>;

  /** Adds one read to the work's count of the day. */
  countRead(workId: number, day: string): Promise<void>;
  /** Days' counts not yet written to the ledger, before `day`; marks them written. */
  takeReadsBefore(day: string): Promise<ReadCount[]>;
}

export type CntContext = UseCaseContext<{
  cnt: CntStore;
  svc: SvcStore;
  acc: AccStore;
  exp: ExpStore;
  areas: AreaStore;
}>;
