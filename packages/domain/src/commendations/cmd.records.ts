// The commendations' records as the store answers them.
import type {
  Category,
  Figures,
  NominationMove,
  NominationState,
  RoundMove,
  RoundState,
  SubjectKind,
  Thresholds,
} from './cmd.codes.ts';

export interface RoundInput {
  year: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  thresholds: Thresholds;
}
export interface RoundRecord extends RoundInput {
  id: number;
  state: RoundState;
  decisionNumber: string | null;
  decisionDate: string | null;
  publishedAt: string | null;
  createdAt: string;
  demo: boolean;
}

export interface NominationInput {
  roundId: number;
  category: Category;
  subjectKind: SubjectKind;
  /** the volunteer, team or venue; null for a free entry */
  subjectId: number | null;
  name: string;
  /** where the nominee works or serves (a unit, a team's host) */
  affiliation: string;
  /** scope: the area it belongs to and the unit, checked against the nominator's */
  areaCode: string | null;
  unitId: number | null;
  citation: string;
  evidence: string[];
  /** a free-entry individual's consent to their full name in public; a volunteer's is their own display consent */
  publicConsent: boolean;
  figures: Figures;
  belowThreshold: boolean;
  belowReason: string;
}
export interface NominationRecord extends NominationInput {
  id: number;
  state: NominationState;
  comment: string;
  createdBy: string;
  createdAt: string;
}

export interface CmdEvent {
  entity: 'round' | 'nomination';
  entityId: number;
  move: RoundMove | NominationMove;
  fromState: string;
  toState: string;
  comment: string;
  by: string;
  at: string;
}

/** A volunteer's or a team's figures in a period, from the approved hours. */
export interface ServiceFigures {
  id: number;
  approvedHours: number;
  activities: number;
}
