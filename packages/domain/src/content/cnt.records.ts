// Science content's records as use-cases see them.
import type { TargetGroup } from '../services/svc.codes.ts';
import type { Hazard, ReviewState, RumourVerdict, WorkKind, WorkMove, WorkState } from './cnt.codes.ts';

/** A rumour-busting card's own fields (its explanation is the version's body). */
export interface RumourCard {
  claim: string;
  verdict: RumourVerdict;
  sources: string[];
}

/** What the author writes; each submitted change is a new version. */
export interface VersionInput {
  summary: string;
  body: string;
  mediaUrl: string | null;
  rumour: RumourCard | null;
}
export interface VersionRecord extends VersionInput {
  workId: number;
  number: number;
  createdBy: string;
  createdAt: string;
  submittedAt: string | null;
}

/** The work's catalogue fields (they do not change with a version). */
export interface WorkMeta {
  title: string;
  topics: string[];
  targetGroups: TargetGroup[];
  unitId: number | null;
  author: string;
  source: string;
  licence: string;
  hazard: Hazard | null;
}
export interface WorkInput extends WorkMeta {
  kind: WorkKind;
}
export interface WorkRecord extends WorkInput {
  id: number;
  unitName: string | null;
  state: WorkState;
  /** the newest version's number */
  version: number;
  /** the version the public reads, while published */
  publishedVersion: number | null;
  publishedAt: string | null;
  withdrawnReason: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  reads: number;
  demo: boolean;
}

/** One step of a work's logged state machine. */
export interface WorkEvent {
  id: number;
  workId: number;
  move: WorkMove | 'create' | 'edit' | 'emergency';
  fromState: WorkState | null;
  toState: WorkState;
  version: number;
  by: string;
  at: string;
  note: string;
}

export interface ReviewRecord {
  id: number;
  workId: number;
  version: number;
  expertId: number;
  expertName: string;
  state: ReviewState;
  comments: string;
  assignedBy: string;
  assignedAt: string;
  decidedAt: string | null;
}

export interface EmergencyRecord {
  id: number;
  workId: number;
  hazard: Hazard;
  title: string;
  signOff: string;
  startedBy: string;
  startedAt: string;
  endedBy: string | null;
  endedAt: string | null;
  endNote: string | null;
}

/** A day's reads of a work, counted as a number only (nobody is tracked). */
export interface ReadCount {
  workId: number;
  day: string;
  count: number;
}
