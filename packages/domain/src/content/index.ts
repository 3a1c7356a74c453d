// @kepu/domain/content: science works with versions and expert review as a logged state machine, emergency packs
// published under the office's sign-off, rumour-busting cards, and reading on the portal counted into the ledger.
export {
  type Hazard,
  hazards,
  nextWorkState,
  type ReviewState,
  type RumourVerdict,
  reviewStates,
  rumourVerdicts,
  type WorkKind,
  type WorkMove,
  type WorkState,
  workKinds,
  workMoves,
  workStates,
} from './cnt.codes.ts';
export type { CntContext, CntStore, WorkQuery } from './cnt.ports.ts';
export type * from './cnt.records.ts';
export {
  assignSchema,
  emergencySchema,
  endEmergencySchema,
  reasonSchema,
  verdictSchema,
  type WorkBody,
  type WorkEditBody,
  workEditSchema,
  workSchema,
  worksQuerySchema,
} from './cnt.schemas.ts';
export { endEmergency, listEmergencies, notifyEmergency, startEmergency } from './emergency.use-cases.ts';
export {
  countRead,
  filterWorks,
  type PublicContent,
  type PublicWork,
  type PublicWorkCard,
  type PublicWorkFilter,
  publicContent,
  publicWork,
  readsToLedger,
} from './public.use-cases.ts';
export {
  assignReviewer,
  giveVerdict,
  recallReview,
  reviewerChoices,
  reviewPage,
} from './reviews.use-cases.ts';
export {
  createWork,
  editWork,
  listWorks,
  publishWork,
  submitWork,
  withdrawWork,
  workDetail,
} from './works.use-cases.ts';
