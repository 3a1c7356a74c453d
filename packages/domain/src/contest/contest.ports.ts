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
  ContestResults,
  Flag,
  ItemImage,
  ItemReport,
  QuizItem,
  QuizItemInput,
  Signal,
  Team,
} from './contest.records.ts';
import type { ItemQuery } from './contest.schemas.ts';

export interface ContestStore {
  listItems(q: ItemQuery): Promise<QuizItem[]>;
  getItems(ids: number[]): Promise<QuizItem[]>;
  insertItem(i: QuizItemInput, demo?: boolean): Promise<QuizItem>;
  updateItem(id: number, i: QuizItemInput): Promise<QuizItem>;
  setItemReview(id: number, review: ItemReview): Promise<void>;
  insertReport(itemId: number, note: string, at: string): Promise<void>;
  itemReports(itemId: number): Promise<ItemReport[]>;
  /** Marks an open report of the item resolved; answers false when there is no such open report. */
  resolveReport(itemId: number, reportId: number): Promise<boolean>;
  insertImage(i: Omit<ItemImage, 'id'>, by: string): Promise<number>;
  /** The image; with `published`, only when an item out of draft (approved or retired) shows it. */
  getImage(id: number, published: boolean): Promise<ItemImage | undefined>;

  listContests(): Promise<Contest[]>;
  getContest(id: number): Promise<Contest | undefined>;
  insertContest(c: ContestInput, demo?: boolean): Promise<Contest>;
  updateContest(id: number, c: ContestInput): Promise<Contest>;
  /** Adds a team with its code; answers undefined when the contest already has a team of that name. */
  insertTeam(t: Omit<Team, 'id'>, by: string): Promise<Team | undefined>;
  listTeams(contestId: number): Promise<Team[]>;
  /** Attempts started in a contest (any: submitted or not). */
  startedAttempts(contestId: number): Promise<number>;

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
  participation(
    contestId: number,
  ): Promise<{ district: string; players: number; attempts: number; meanScore: number }[]>;
  /** The contest's figures: papers started and submitted, players, mean and best score, papers by target group. */
  results(contestId: number): Promise<ContestResults>;
}

export type ContestContext = UseCaseContext<{ contest: ContestStore; svc: SvcStore; areas: AreaStore }>;
