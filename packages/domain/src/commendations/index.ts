// @kepu/domain/commendations: commendation rounds per year with the categories' thresholds as data, candidates
// suggested from the volunteers' hours and the venues' assessment, nominations in scope, the office's review, the
// decision and publication, and the public list with individuals' names masked unless they consented.
export {
  type Candidate,
  candidates,
  type Subject,
} from './candidates.use-cases.ts';
export {
  type Category,
  categories,
  categoryKind,
  defaultThresholds,
  type Figures,
  type Metric,
  metrics,
  type NominationMove,
  type NominationState,
  nominationMoves,
  nominationStates,
  type RoundMove,
  type RoundState,
  type Rule,
  roundMoves,
  roundStates,
  type SubjectKind,
  subjectKinds,
  suggestedKind,
  type Thresholds,
  unmetRules,
} from './cmd.codes.ts';
export { categoryLabels } from './cmd.labels.ts';
export type { CmdContext, CmdStore } from './cmd.ports.ts';
export type * from './cmd.records.ts';
export {
  nominationSchema,
  resubmitSchema,
  reviewSchema,
  roundMoveSchema,
  roundSchema,
  thresholdsBodySchema,
} from './cmd.schemas.ts';
export { nominate, resubmitNomination, reviewNomination } from './nominations.use-cases.ts';
export { type PublicCommendations, publicCommendations, publishedYears } from './public.use-cases.ts';
export {
  createRound,
  findRound,
  listRounds,
  moveRound,
  roundDetail,
  setThresholds,
} from './rounds.use-cases.ts';
