// What the contest's use-cases need from storage; the db package implements it over one transaction.
import type { UseCaseContext } from '../kernel/context.ts';
import type { SvcStore } from '../services/svc.ports.ts';
import type { AreaStore } from '../use-cases/ports.ts';
import type { BoardKind, FlagDecision, ItemReview } from './contest.codes.ts';
import type {
  Attempt,
  AttemptResult,
  AttemptStart,
  BoardRow,
  Contest,
  ContestInput,
  Flag,
  ItemReport,
  QuizItem,
  QuizItemInput,
  Signal,
} from './contest.records.ts';

export interface ContestStore {
  listItems(q: { review?: ItemReview; topic?: string }): Promise<QuizItem[]>;
  getItems(ids: number[]): Promise<QuizItem[]>;
  insertItem(i: QuizItemInput, demo?: boolean): Promise<QuizItem>;
  setItemReview(id: number, review: ItemReview): Promise<void>;
  insertReport(itemId: number, note: string, at: string): Promise<void>;
  itemReports(itemId: number): Promise<ItemReport[]>;

  listContests(): Promise<Contest[]>;
  getContest(id: number): Promise<Contest | undefined>;
  insertContest(c: ContestInput, demo?: boolean): Promise<Contest>;

  insertAttempts(starts: AttemptStart[]): Promise<void>;
  /** Writes results of attempts not yet submitted; answers the tokens it wrote (a repeat is not written twice). */
  saveResults(results: AttemptResult[]): Promise<string[]>;
  getAttempt(token: string): Promise<Attempt | undefined>;
  /** Attempts a player started in a contest since an instant (a daily practice counts today's). */
  countAttempts(contestId: number, playerKey: string, since: string | null): Promise<number>;

  insertFlags(flags: { contestId: number; token: string; signal: Signal; at: string }[]): Promise<void>;
  listFlags(contestId: number): Promise<Flag[]>;
  getFlag(id: number): Promise<Flag | undefined>;
  decideFlag(id: number, decision: FlagDecision, note: string, by: string, at: string): Promise<void>;

  /** The leaderboard counted from the attempts themselves: a person's best score, a unit's and a district's total. */
  recount(contestId: number, by: BoardKind, limit: number): Promise<BoardRow[]>;
  /** Players and attempts submitted, by district. */
  participation(contestId: number): Promise<{ district: string; players: number; attempts: number }[]>;
}

export type ContestContext = UseCaseContext<{ contest: ContestStore; svc: SvcStore; areas: AreaStore }>;
