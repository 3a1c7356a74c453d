// The records the contest's use-cases read and write.
import type { TargetGroup } from '../services/svc.codes.ts';
import type {
  ContestMode,
  Difficulty,
  FlagDecision,
  ItemKind,
  ItemReview,
  SignalKind,
} from './contest.codes.ts';

export interface QuizItem {
  id: number;
  kind: ItemKind;
  stem: string;
  options: string[];
  /** indexes into options (true/false: 0 = 对, 1 = 错) */
  answer: number[];
  topic: string;
  difficulty: Difficulty;
  targetGroups: TargetGroup[];
  explanation: string;
  /** one picture above the stem (its URL is /api/pub/contest-images/<id>), with the text read out in its place */
  image: { id: number; alt: string } | null;
  review: ItemReview;
  reports: number;
  demo: boolean;
}
export type QuizItemInput = Omit<QuizItem, 'id' | 'review' | 'reports' | 'demo'>;

export interface ItemReport {
  id: number;
  itemId: number;
  note: string;
  at: string;
  resolved: boolean;
}

/** An item's picture as stored: PNG or JPEG, at most MAX_IMAGE_BYTES. */
export interface ItemImage {
  id: number;
  contentType: 'image/png' | 'image/jpeg';
  bytes: number;
  data: Uint8Array;
}

/** N items of a topic and difficulty (either may be absent: any). */
export interface DrawRule {
  topic?: string;
  difficulty?: Difficulty;
  count: number;
}

/** Scoring as data: points per item by difficulty; a multiple-choice item partly right scores `partial` of its points
 *  when it picks no wrong option. */
export interface ScoringPolicy {
  points: Record<Difficulty, number>;
  partial: number;
  /** extra points for each fully right item, up to `bonusPoints`, falling linearly to 0 at `bonusSeconds` after the
   *  paper's start (null: at the round's time limit); timed on the server; never in an untimed contest */
  speedBonus?: { bonusPoints: number; bonusSeconds: number | null } | null;
}

export interface Contest {
  id: number;
  title: string;
  mode: ContestMode;
  opensAt: string;
  closesAt: string;
  /** seconds per paper in a timed round; null when untimed */
  timeLimit: number | null;
  /** attempts per player (a daily practice: per day) */
  attemptCap: number;
  /** the area the players must be in (its subtree) */
  areaCode: string;
  targetGroups: TargetGroup[];
  rules: DrawRule[];
  scoring: ScoringPolicy;
  /** players join a team when they start (by its code or by choosing it); the team board counts the teams */
  teamMode: boolean;
  demo: boolean;
}
export type ContestInput = Omit<Contest, 'id' | 'demo'>;

/** What a player starts an attempt with (no account: the phone number is the player). */
export interface Player {
  name: string;
  phone: string;
  unit: string;
  areaCode: string;
  targetGroup: TargetGroup;
  device: string;
}

export interface AttemptStart {
  token: string;
  contestId: number;
  playerKey: string;
  maskedName: string;
  unit: string;
  areaCode: string;
  district: string;
  targetGroup: TargetGroup;
  device: string;
  /** the team, in a team contest */
  teamId: number | null;
  paper: number[];
  startedAt: string;
  deadline: string | null;
}

export interface Team {
  id: number;
  contestId: number;
  name: string;
  /** what a player types to join (six letters and digits, given by the server) */
  code: string;
  unit: string;
  areaCode: string;
}

export interface Signal {
  kind: SignalKind;
  detail: string;
}

export interface AttemptResult {
  token: string;
  answers: number[][];
  score: number;
  correct: number;
  submittedAt: string;
  seconds: number;
  signals: Signal[];
}

export interface Attempt extends AttemptStart {
  result: AttemptResult | null;
}

export interface Flag {
  id: number;
  contestId: number;
  attemptToken: string;
  maskedName: string;
  kind: SignalKind;
  detail: string;
  at: string;
  decision: FlagDecision | null;
  note: string | null;
}

export interface BoardRow {
  key: string;
  label: string;
  score: number;
}

/** A contest's figures for the office (submitted papers only, except `started`). */
export interface ContestResults {
  started: number;
  papers: number;
  players: number;
  meanScore: number;
  bestScore: number;
  byGroup: { group: TargetGroup; papers: number }[];
}
