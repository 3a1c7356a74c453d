// @kepu/domain/contest: the quiz item bank, contests and their rounds (server-authoritative timing and scoring),
// leaderboards counted from the database, anti-cheat signals for review (issue 17).
export * from './contest.codes.ts';
export type { ContestContext, ContestStore } from './contest.ports.ts';
export type * from './contest.records.ts';
export * from './contest.schemas.ts';
export * from './contests.use-cases.ts';
export * from './images.use-cases.ts';
export * from './items.use-cases.ts';
export { drawPaper, isRight, itemPoints, maskName, scorePaper, speedBonus } from './paper.ts';
export {
  checkOpen,
  closeAttempt,
  GRACE_SECONDS,
  openAttempt,
  paperView,
  recordResults,
  recordStarts,
} from './round.use-cases.ts';
export * from './signals.ts';
export * from './teams.use-cases.ts';
